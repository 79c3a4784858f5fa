package org.anju.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.security.api.AccountStatus;
import org.anju.security.api.LockoutPolicy;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A staff user of one organization (aggregate root). The username never changes. The password is held only as a
 * hash; five wrong passwords in the lockout window lock the account ({@link LockoutPolicy}).
 */
@Entity
@Table(name = "app_user")
@Audited
public class StaffUser {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_user_seq")
    @SequenceGenerator(name = "app_user_seq", sequenceName = "app_user_seq", allocationSize = 50)
    private Long id;

    @Column(name = "username", nullable = false, updatable = false, length = 64)
    private String username;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 255)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AccountStatus status;

    @NotAudited
    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    @NotAudited
    @Column(name = "failed_login_count", nullable = false)
    private int failedLoginCount;

    @NotAudited
    @Column(name = "first_failed_at")
    private Instant firstFailedAt;

    @NotAudited
    @Column(name = "locked_until")
    private Instant lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "app_user_role", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "role_id"))
    private Set<Role> roles = new LinkedHashSet<>();

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected StaffUser() {
    }

    public StaffUser(String username, String displayName, String email, String passwordHash,
                     Collection<Role> roles, Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.email = email;
        this.passwordHash = passwordHash;
        this.status = AccountStatus.ACTIVE;
        this.roles.addAll(roles);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void rename(String displayName, String email, Instant now) {
        this.displayName = displayName;
        this.email = email;
        this.updatedAt = now;
    }

    public void disable(Instant now) {
        this.status = AccountStatus.DISABLED;
        this.updatedAt = now;
    }

    public void enable(Instant now) {
        this.status = AccountStatus.ACTIVE;
        this.lockedUntil = null;
        this.failedLoginCount = 0;
        this.firstFailedAt = null;
        this.updatedAt = now;
    }

    public void assignRoles(Collection<Role> newRoles, Instant now) {
        this.roles.clear();
        this.roles.addAll(newRoles);
        this.updatedAt = now;
    }

    /** A new password; {@code temporary} when an administrator set it, so the user is asked to change it. */
    public void changePassword(String hash, boolean temporary, Instant now) {
        this.passwordHash = hash;
        this.mustChangePassword = temporary;
        this.lockedUntil = null;
        this.failedLoginCount = 0;
        this.firstFailedAt = null;
        this.updatedAt = now;
    }

    public void recordFailure(Instant now, LockoutPolicy policy) {
        LockoutPolicy.State next = policy.afterFailure(
                new LockoutPolicy.State(failedLoginCount, firstFailedAt, lockedUntil), now);
        this.failedLoginCount = next.failedCount();
        this.firstFailedAt = next.firstFailedAt();
        this.lockedUntil = next.lockedUntil();
    }

    public void recordSuccess(Instant now) {
        this.failedLoginCount = 0;
        this.firstFailedAt = null;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    public boolean hasRole(String code) {
        return roles.stream().anyMatch(r -> r.code().equals(code));
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

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public AccountStatus status() {
        return status;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
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

    public Instant lastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> roles() {
        return Set.copyOf(roles);
    }

    public Set<String> roleCodes() {
        Set<String> codes = new TreeSet<>();
        roles.forEach(r -> codes.add(r.code()));
        return codes;
    }

    public Set<String> permissions() {
        Set<String> all = new TreeSet<>();
        roles.forEach(r -> all.addAll(r.permissions()));
        return all;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
