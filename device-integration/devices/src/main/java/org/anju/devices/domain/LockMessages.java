package org.anju.devices.domain;

import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * Reads lock messages exactly as docs/api/devices-protocol.md (sections 1.3, 1.6, 1.8) writes them: one UTF-8 JSON
 * object of at most 4 KiB. Anything else is refused with the reason the dead-letter queue records
 * ({@code malformed-json}, {@code payload-too-large}, {@code missing-field:<name>}, {@code unknown-type}, …).
 * Pure: no I/O, so every rule is unit-tested.
 */
public final class LockMessages {

    public static final int MAX_BYTES = 4096;

    private static final Set<String> EVENT_TYPES = Set.of("DOOR_OPENED", "TAMPER", "LOW_BATTERY", "OFFLINE", "HEARTBEAT");
    private static final Set<String> METHODS = Set.of("FACE", "FINGERPRINT", "PIN", "CARD", "APP", "KEY");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");

    private LockMessages() {
    }

    /** A lock event that passed every rule. {@code method} and {@code credentialId} only for DOOR_OPENED. */
    public record Event(String eventId, String type, Instant at, String method, String credentialId, int battery) {
    }

    /** A command's answer. */
    public record Ack(String commandId, boolean ok, String reason, Instant at) {
    }

    /** Why a message was refused; {@code reason} is the dead-letter reason code. */
    public static final class Refused extends Exception {
        private final String reason;

        public Refused(String reason) {
            super(reason, null, false, false);
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    public static Event event(byte[] payload) throws Refused {
        JsonObject o = object(payload);
        String eventId = requiredId(o, "eventId");
        String type = required(o, "type");
        if (!EVENT_TYPES.contains(type)) {
            throw new Refused("unknown-type");
        }
        Instant at = instant(o, "at", true);
        int battery = battery(o);
        String method = null;
        String credentialId = null;
        if ("DOOR_OPENED".equals(type)) {
            method = required(o, "method");
            if (!METHODS.contains(method)) {
                throw new Refused("unknown-method");
            }
            credentialId = requiredId(o, "credentialId");
        }
        return new Event(eventId, type, at, method, credentialId, battery);
    }

    public static Ack ack(byte[] payload) throws Refused {
        JsonObject o = object(payload);
        String commandId = requiredId(o, "commandId");
        String result = required(o, "result");
        if (!"OK".equals(result) && !"FAILED".equals(result)) {
            throw new Refused("unknown-result");
        }
        String reason = optionalString(o, "reason");
        if (reason != null && reason.length() > 300) {
            reason = reason.substring(0, 300);
        }
        Instant at = instant(o, "at", false);
        return new Ack(commandId, "OK".equals(result), reason, at);
    }

    /** Whether a device id or credential id may travel in a topic and a payload (protocol 1.1). */
    public static boolean validId(String id) {
        return id != null && ID.matcher(id).matches();
    }

    private static JsonObject object(byte[] payload) throws Refused {
        if (payload == null || payload.length == 0) {
            throw new Refused("malformed-json");
        }
        if (payload.length > MAX_BYTES) {
            throw new Refused("payload-too-large");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(payload)).toString();
        } catch (CharacterCodingException e) {
            throw new Refused("malformed-json");
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            JsonValue value = reader.readValue();
            if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new Refused("malformed-json");
            }
            return value.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Refused("malformed-json");
        }
    }

    private static String required(JsonObject o, String field) throws Refused {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new Refused("missing-field:" + field);
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new Refused("bad-field:" + field);
        }
        String s = ((JsonString) v).getString();
        if (s.isBlank()) {
            throw new Refused("missing-field:" + field);
        }
        return s;
    }

    private static String requiredId(JsonObject o, String field) throws Refused {
        String s = required(o, field);
        if (!validId(s)) {
            throw new Refused("bad-field:" + field);
        }
        return s;
    }

    private static String optionalString(JsonObject o, String field) throws Refused {
        JsonValue v = o.get(field);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING) {
            throw new Refused("bad-field:" + field);
        }
        return ((JsonString) v).getString();
    }

    private static Instant instant(JsonObject o, String field, boolean required) throws Refused {
        String s = required ? required(o, field) : optionalString(o, field);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            throw new Refused("bad-field:" + field);
        }
    }

    private static int battery(JsonObject o) throws Refused {
        JsonValue v = o.get("battery");
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            throw new Refused("missing-field:battery");
        }
        if (v.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) v).isIntegral()) {
            throw new Refused("bad-field:battery");
        }
        int b = ((JsonNumber) v).intValue();
        if (b < 0 || b > 100) {
            throw new Refused("bad-field:battery");
        }
        return b;
    }
}
