package org.anju.simulator.lock;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a lock's credential table.
 *
 * @param validFrom  null = valid since ever
 * @param validUntil null = valid until revoked (exclusive bound)
 * @param source     who put it there: the installer at enrolment ({@code L-…} ids) or the platform (its own ids)
 */
public record Credential(String credentialId, CredentialType type, Instant validFrom, Instant validUntil,
                         Source source) {

    public enum Source { LOCAL, PLATFORM }

    public Credential {
        Objects.requireNonNull(credentialId, "credentialId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
    }

    /** Locks judge validity by their own clock: the simulated one. */
    public boolean validAt(Instant t) {
        return (validFrom == null || !t.isBefore(validFrom)) && (validUntil == null || t.isBefore(validUntil));
    }
}
