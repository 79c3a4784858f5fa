package org.anju.leasing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A one-time signing code sent by SMS: kept only as a hash, valid for a few minutes and a few attempts, used once.
 * Invariant: once used or exhausted it never verifies again.
 */
@Entity
@Table(name = "signing_code")
public class SigningCode {

    /** The result of checking a code. */
    public enum Check {
        OK, WRONG, EXPIRED, EXHAUSTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "signing_code_seq")
    @SequenceGenerator(name = "signing_code_seq", sequenceName = "signing_code_seq", allocationSize = 50)
    private Long id;

    @Column(name = "lease_id", nullable = false, updatable = false)
    private long leaseId;

    @Column(name = "code_hash", nullable = false, updatable = false, length = 64)
    private String codeHash;

    /** The masked phone it went to (evidence). */
    @Column(name = "sent_to", nullable = false, updatable = false, length = 30)
    private String sentTo;

    @Column(name = "attempts", nullable = false)
    private int attempts;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected SigningCode() {
    }

    public SigningCode(long leaseId, String codeHash, String sentTo, Instant expiresAt, Instant now) {
        this.leaseId = leaseId;
        this.codeHash = codeHash;
        this.sentTo = sentTo;
        this.expiresAt = expiresAt;
        this.createdAt = now;
    }

    /** Checks a code's hash; a wrong one uses an attempt, a right one uses the code. */
    public Check check(String hash, int maxAttempts, Instant now) {
        if (usedAt != null || attempts >= maxAttempts) {
            return Check.EXHAUSTED;
        }
        if (now.isAfter(expiresAt)) {
            return Check.EXPIRED;
        }
        if (!java.security.MessageDigest.isEqual(codeHash.getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                hash.getBytes(java.nio.charset.StandardCharsets.US_ASCII))) {
            attempts++;
            return attempts >= maxAttempts ? Check.EXHAUSTED : Check.WRONG;
        }
        usedAt = now;
        return Check.OK;
    }

    /** Replaced by a newer code: it can no longer be used. */
    public void retire(Instant now) {
        if (usedAt == null) {
            usedAt = now;
        }
    }

    public long leaseId() {
        return leaseId;
    }

    public String sentTo() {
        return sentTo;
    }

    public int attempts() {
        return attempts;
    }

    public Instant expiresAt() {
        return expiresAt;
    }

    public Instant usedAt() {
        return usedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
