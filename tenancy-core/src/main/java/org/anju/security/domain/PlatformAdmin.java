package org.anju.security.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.security.api.AccountStatus;
import org.anju.security.api.LockoutPolicy;

/** A platform administrator (P7): provisions, suspends and brands organizations; signs in with organization "platform". */
@Entity
@Table(name = "platform_admin")
public class PlatformAdmin {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "platform_admin_seq")
    @SequenceGenerator(name = "platform_admin_seq", sequenceName = "platform_admin_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AccountStatus status;

    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected PlatformAdmin() {
    }

    public PlatformAdmin(String username, String displayName, String passwordHash, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.createdAt = now;
    }

    public void recordFailure(Instant now, LockoutPolicy policy) {
        LockoutPolicy.State next = policy.afterFailure(
                new LockoutPolicy.State(failedLoginCount, firstFailedAt, lockedUntil), now);
        this.failedLoginCount = next.failedCount();
        this.firstFailedAt = next.firstFailedAt();
        this.lockedUntil = next.lockedUntil();
    }

    public void changePassword(String hash) {
        this.passwordHash = hash;
        this.failedLoginCount = 0;
        this.firstFailedAt = null;
        this.lockedUntil = null;
    }

    public void recordSuccess(Instant now) {
        this.failedLoginCount = 0;
        this.firstFailedAt = null;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public int failedLoginCount() {
        return failedLoginCount;
    }

    public Instant firstFailedAt() {
        return firstFailedAt;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }
}
