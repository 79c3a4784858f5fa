package org.anju.simulator.lock;

import java.time.Instant;
import java.util.Objects;

/** The lock's answer on {@code .../ack}; {@code reason} is set when FAILED (and may explain an OK). */
public record CommandAck(String commandId, Result result, String reason, Instant at) {

    public enum Result { OK, FAILED }

    public CommandAck {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(at, "at");
    }

    public static CommandAck ok(String commandId, Instant at) {
        return new CommandAck(commandId, Result.OK, null, at);
    }

    public static CommandAck failed(String commandId, String reason, Instant at) {
        return new CommandAck(commandId, Result.FAILED, reason, at);
    }

    public String toJson() {
        return LockJson.ack(this);
    }
}
