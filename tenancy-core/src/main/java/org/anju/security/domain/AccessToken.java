package org.anju.security.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A bearer token, kept only as its SHA-256 (a stolen table grants nothing). Expires, and is revoked by logout,
 * by disabling the user or by resetting the password.
 */
@Entity
@Table(name = "access_token")
public class AccessToken {

    @Id
    @Column(name = "token_hash", length = 64)
    private String tokenHash;

    @Column(name = "organization_code", nullable = false, updatable = false, length = 31)
    private String organizationCode;

    @Column(name = "subject_id", nullable = false, updatable = false)
    private long subjectId;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private Instant expiresAt;

    @Column(name = "revoked_at")
    private Instant revokedAt;

    @Column(name = "client_ip", length = 64)
    private String clientIp;

    protected AccessToken() {
    }

    public AccessToken(String tokenHash, String organizationCode, long subjectId, String username,
                       Instant issuedAt, Instant expiresAt, String clientIp) {
        this.tokenHash = tokenHash;
        this.organizationCode = organizationCode;
        this.subjectId = subjectId;
        this.username = username;
        this.issuedAt = issuedAt;
        this.expiresAt = expiresAt;
        this.clientIp = clientIp;
    }

    public void revoke(Instant now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }

    public boolean expired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public boolean revoked() {
        return revokedAt != null;
    }

    public String tokenHash() {
        return tokenHash;
    }

    public String organizationCode() {
        return organizationCode;
    }

    public long subjectId() {
        return subjectId;
    }

    public String username() {
        return username;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
