package org.anju.simulator.lock;

import java.time.Instant;
import java.util.Objects;

/**
 * A command from {@code anju/<org>/lock/<deviceId>/cmd}, parsed.
 *
 * @param credentialId   GRANT and REVOKE: the platform's id of the credential; OPEN: optional, who asked
 * @param credentialType GRANT only
 * @param validFrom      GRANT only, optional
 * @param validUntil     GRANT only, optional (exclusive)
 */
public record LockCommand(String commandId, CommandType type, String credentialId, CredentialType credentialType,
                          Instant validFrom, Instant validUntil) {

    public LockCommand {
        Objects.requireNonNull(commandId, "commandId");
        Objects.requireNonNull(type, "type");
    }

    public static LockCommand grant(String commandId, String credentialId, CredentialType type, Instant validFrom,
                                    Instant validUntil) {
        return new LockCommand(commandId, CommandType.GRANT, credentialId, type, validFrom, validUntil);
    }

    public static LockCommand revoke(String commandId, String credentialId) {
        return new LockCommand(commandId, CommandType.REVOKE, credentialId, null, null, null);
    }

    public static LockCommand open(String commandId, String credentialId) {
        return new LockCommand(commandId, CommandType.OPEN, credentialId, null, null, null);
    }

    public String toJson() {
        return LockJson.command(this);
    }

    /** Parses a payload; a payload without a usable commandId cannot be answered, hence the two failure kinds. */
    public static LockCommand parse(String payload) throws CommandFormatException {
        return LockJson.parseCommand(payload);
    }
}
