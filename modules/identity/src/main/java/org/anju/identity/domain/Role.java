package org.anju.identity.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A role: a named set of Shiro wildcard permissions (data, not code). Built-in roles come from the changelogs and
 * cannot be changed or deleted here, so an organization can never lock its administrators out.
 */
@Entity
@Table(name = "app_role")
@Audited
public class Role {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "app_role_seq")
    @SequenceGenerator(name = "app_role_seq", sequenceName = "app_role_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 64)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "description", length = 500)
    private String description;

    @Column(name = "builtin", nullable = false, updatable = false)
    private boolean builtin;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "app_role_permission", joinColumns = @JoinColumn(name = "role_id"))
    @Column(name = "permission", length = 128)
    private Set<String> permissions = new TreeSet<>();

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Role() {
    }

    public Role(String code, String name, String description, Collection<String> permissions, Instant now) {
        this.code = code;
        this.name = name;
        this.description = description;
        this.permissions.addAll(permissions);
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void change(String name, String description, Collection<String> permissions, Instant now) {
        if (builtin) {
            throw new IllegalStateException("built-in roles are fixed");
        }
        this.name = name;
        this.description = description;
        this.permissions.clear();
        this.permissions.addAll(permissions);
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public boolean builtin() {
        return builtin;
    }

    public Set<String> permissions() {
        return Set.copyOf(permissions);
    }

    public Instant createdAt() {
        return createdAt;
    }
}
