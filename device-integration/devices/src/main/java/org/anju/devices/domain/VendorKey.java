package org.anju.devices.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.kernel.api.ProblemException;

/**
 * One API key of a vendor: a public key id and a sealed secret (the platform must read the secret back to check HMAC
 * signatures, so it cannot be hashed). The row is the key's history: issued by whom, when it ends after a rotation,
 * revoked by whom and why, last used when.
 *
 * <p>Invariants: a revoked key never comes back; an end date, once set, is never moved later (a rotation can only
 * shorten a key's life); the secret never leaves the platform again after issue.
 */
@Entity
@Table(name = "vendor_key")
public class VendorKey {

    /** What a key is now, as the console shows it. */
    public enum State { ACTIVE, EXPIRING, EXPIRED, REVOKED }

    @Id
    @Column(name = "key_id", length = 40, updatable = false)
    private String keyId;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "sealed_secret", nullable = false, length = 400)
    private String sealedSecret;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "revoked_by", length = 100)
    private String revokedBy;

    @Column(name = "revoke_reason", length = 500)
    private String revokeReason;

    @Column(name = "last_used_at", insertable = false, updatable = false) // written by the signature check in SQL
    private Instant lastUsedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected VendorKey() {
    }

    public VendorKey(String keyId, long vendorId, String sealedSecret, String createdBy, Instant now) {
        this.keyId = keyId;
        this.vendorId = vendorId;
        this.sealedSecret = sealedSecret;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        if (expiresAt == null) {
            return State.ACTIVE;
        }
        return now.isBefore(expiresAt) ? State.EXPIRING : State.EXPIRED;
    }

    /** Whether a request signed with this key may pass now. */
    public boolean usable(Instant now) {
        State s = state(now);
        return s == State.ACTIVE || s == State.EXPIRING;
    }

    /** A rotation: an open-ended, valid key ends at {@code end}. Keys that already end (sooner) or are dead keep theirs. */
    public boolean endAt(Instant end, Instant now) {
        if (state(now) != State.ACTIVE) {
            return false;
        }
        expiresAt = end;
        return true;
    }

    public void revoke(String actor, String reason, Instant now) {
        if (revokedAt != null) {
            throw ProblemException.conflict("vendor-key-revoked", keyId);
        }
        revokedAt = now;
        revokedBy = actor;
        revokeReason = reason;
    }

    /** Re-sealed under the current master key (after a master key change). */
    public void reseal(String sealed) {
        this.sealedSecret = sealed;
    }

    public String keyId() { return keyId; }
    public long vendorId() { return vendorId; }
    public String sealedSecret() { return sealedSecret; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant expiresAt() { return expiresAt; }
    public Instant revokedAt() { return revokedAt; }
    public String revokedBy() { return revokedBy; }
    public String revokeReason() { return revokeReason; }
    public Instant lastUsedAt() { return lastUsedAt; }
}
