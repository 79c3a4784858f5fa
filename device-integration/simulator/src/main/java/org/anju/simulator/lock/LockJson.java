package org.anju.simulator.lock;

import java.io.StringReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * The JSON forms of docs/api/devices-protocol.md, written and read with Jakarta JSON-P (Parsson). Field order follows
 * the document so that payloads read the same in a broker log as in the contract.
 */
public final class LockJson {

    /** Commands larger than this are not parsed at all: a lock has little memory. */
    public static final int MAX_COMMAND_BYTES = 4096;

    private LockJson() {
    }

    public static String event(LockEvent e) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("eventId", e.eventId())
                .add("type", e.type().name())
                .add("at", e.at().toString());
        if (e.method() != null) {
            b.add("method", e.method().name());
        }
        if (e.credentialId() != null) {
            b.add("credentialId", e.credentialId());
        }
        return b.add("battery", e.battery()).build().toString();
    }

    public static String ack(CommandAck a) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("commandId", a.commandId())
                .add("result", a.result().name());
        if (a.reason() != null) {
            b.add("reason", a.reason());
        }
        return b.add("at", a.at().toString()).build().toString();
    }

    public static String command(LockCommand c) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("commandId", c.commandId())
                .add("type", c.type().name());
        if (c.credentialId() != null) {
            b.add("credentialId", c.credentialId());
        }
        if (c.credentialType() != null) {
            b.add("credentialType", c.credentialType().name());
        }
        if (c.validFrom() != null) {
            b.add("validFrom", c.validFrom().toString());
        }
        if (c.validUntil() != null) {
            b.add("validUntil", c.validUntil().toString());
        }
        return b.build().toString();
    }

    public static LockEvent parseEvent(String payload) {
        JsonObject o = read(payload);
        String method = o.getString("method", null);
        return new LockEvent(o.getString("eventId"), EventType.valueOf(o.getString("type")),
                Instant.parse(o.getString("at")), method == null ? null : OpenMethod.valueOf(method),
                o.getString("credentialId", null), o.getInt("battery"));
    }

    public static CommandAck parseAck(String payload) {
        JsonObject o = read(payload);
        return new CommandAck(o.getString("commandId"), CommandAck.Result.valueOf(o.getString("result")),
                o.getString("reason", null), Instant.parse(o.getString("at")));
    }

    static LockCommand parseCommand(String payload) throws CommandFormatException {
        if (payload.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_COMMAND_BYTES) {
            throw new CommandFormatException(null, "command larger than " + MAX_COMMAND_BYTES + " bytes");
        }
        JsonObject o;
        try {
            o = read(payload);
        } catch (JsonException | IllegalStateException | ClassCastException e) {
            throw new CommandFormatException(null, "not a JSON object: " + e.getMessage());
        }
        String commandId = text(o, "commandId", null);
        if (commandId == null || commandId.isBlank() || commandId.length() > 64) {
            throw new CommandFormatException(null, "commandId missing, blank or longer than 64");
        }
        String type = text(o, "type", commandId);
        if (type == null) {
            throw new CommandFormatException(commandId, "type missing");
        }
        CommandType commandType;
        try {
            commandType = CommandType.valueOf(type);
        } catch (IllegalArgumentException e) {
            throw new CommandFormatException(commandId, "unknown command type " + type);
        }
        String credentialId = text(o, "credentialId", commandId);
        if (credentialId != null && (credentialId.isBlank() || credentialId.length() > 64)) {
            throw new CommandFormatException(commandId, "credentialId blank or longer than 64");
        }
        CredentialType credentialType = null;
        String ct = text(o, "credentialType", commandId);
        if (ct != null) {
            try {
                credentialType = CredentialType.valueOf(ct);
            } catch (IllegalArgumentException e) {
                throw new CommandFormatException(commandId, "unknown credentialType " + ct);
            }
        }
        Instant validFrom = instant(o, "validFrom", commandId);
        Instant validUntil = instant(o, "validUntil", commandId);
        switch (commandType) {
            case GRANT -> {
                if (credentialId == null) {
                    throw new CommandFormatException(commandId, "GRANT needs credentialId");
                }
                if (credentialType == null) {
                    throw new CommandFormatException(commandId, "GRANT needs credentialType");
                }
                if (validFrom != null && validUntil != null && !validUntil.isAfter(validFrom)) {
                    throw new CommandFormatException(commandId, "validUntil must be after validFrom");
                }
            }
            case REVOKE -> {
                if (credentialId == null) {
                    throw new CommandFormatException(commandId, "REVOKE needs credentialId");
                }
            }
            case OPEN -> {
                // nothing more is needed; credentialId, if given, names who asked
            }
        }
        return new LockCommand(commandId, commandType, credentialId, credentialType, validFrom, validUntil);
    }

    private static JsonObject read(String payload) {
        try (JsonReader r = Json.createReader(new StringReader(payload))) {
            return r.readObject();
        }
    }

    private static String text(JsonObject o, String name, String commandId) throws CommandFormatException {
        JsonValue v = o.get(name);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        if (!(v instanceof JsonString s)) {
            throw new CommandFormatException(commandId, name + " must be a string");
        }
        return s.getString();
    }

    private static Instant instant(JsonObject o, String name, String commandId) throws CommandFormatException {
        String s = text(o, name, commandId);
        if (s == null) {
            return null;
        }
        try {
            return Instant.parse(s);
        } catch (DateTimeParseException e) {
            throw new CommandFormatException(commandId, name + " is not an ISO-8601 instant: " + s);
        }
    }
}
