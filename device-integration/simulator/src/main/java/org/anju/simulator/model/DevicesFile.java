package org.anju.simulator.model;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;

/**
 * Reads a devices file: the units to simulate with their lock serials, MQTT secrets and profiles, for when the demo
 * must match devices already registered on the platform. Every field but {@code room} may be left out; the defaults
 * are those of {@link UnitLayout}. Format (see the simulator README):
 *
 * <pre>{"devices": [{"room": "101", "building": "1", "deviceId": "LK-0001", "secret": "s3cret",
 *   "profile": "RESIDENT", "meter": "NONE", "silent": false, "battery": 80}]}</pre>
 */
public final class DevicesFile {

    private DevicesFile() {
    }

    public static List<UnitSpec> read(Path file, String project, String defaultBuilding, long seed)
            throws IOException {
        JsonObject root;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             JsonReader r = Json.createReader(in)) {
            root = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new IllegalArgumentException(file + ": not a JSON object: " + e.getMessage(), e);
        }
        JsonArray devices = root.getJsonArray("devices");
        if (devices == null || devices.isEmpty()) {
            throw new IllegalArgumentException(file + ": \"devices\" must be a non-empty array");
        }
        List<UnitSpec> units = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < devices.size(); i++) {
            if (devices.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw new IllegalArgumentException(file + ": devices[" + i + "] is not an object");
            }
            JsonObject d = devices.getJsonObject(i);
            try {
                String room = d.getString("room", null);
                if (room == null) {
                    throw new IllegalArgumentException("room is required");
                }
                String building = d.getString("building", defaultBuilding);
                String deviceId = d.getString("deviceId", UnitLayout.defaultDeviceId(project, building, room));
                String secret = d.getString("secret", UnitLayout.defaultSecret(deviceId));
                Profile profile = Profile.valueOf(d.getString("profile", UnitLayout.defaultProfile(i).name())
                        .toUpperCase(Locale.ROOT));
                MeterAnomaly anomaly = MeterAnomaly.valueOf(d.getString("meter",
                        UnitLayout.defaultAnomaly(i).name()).toUpperCase(Locale.ROOT));
                boolean silent = d.getBoolean("silent", false);
                double battery = d.containsKey("battery") ? d.getJsonNumber("battery").doubleValue()
                        : UnitLayout.defaultBattery(seed, i, devices.size());
                if (!ids.add(deviceId)) {
                    throw new IllegalArgumentException("deviceId " + deviceId + " appears twice");
                }
                units.add(new UnitSpec(i, project, building, room, deviceId, secret, profile, anomaly, silent,
                        battery));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + ": devices[" + i + "]: " + e.getMessage(), e);
            }
        }
        return units;
    }
}
