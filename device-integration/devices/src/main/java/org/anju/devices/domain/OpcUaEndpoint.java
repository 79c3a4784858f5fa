package org.anju.devices.domain;

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

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A building system's OPC UA server (gateway) that serves one project of the operator (P4). Invariants: the security
 * mode fits the policy (NONE with NONE only); a username comes with a password, which is only ever held sealed (the
 * organization's key) and left out of the audit history; {@code configVersion} grows with every change of the
 * endpoint or of its node map, so that a running client knows it must restart.
 */
@Entity
@Table(name = "opcua_endpoint")
@Audited
public class OpcUaEndpoint {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opcua_endpoint_seq")
    @SequenceGenerator(name = "opcua_endpoint_seq", sequenceName = "opcua_endpoint_seq", allocationSize = 50)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "url", nullable = false, length = 300)
    private String url;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_policy", nullable = false, length = 24)
    private OpcUaSecurityPolicy securityPolicy;

    @Enumerated(EnumType.STRING)
    @Column(name = "security_mode", nullable = false, length = 24)
    private OpcUaSecurityMode securityMode;

    @Column(name = "username", length = 100)
    private String username;

    @NotAudited
    @Column(name = "password_sealed", length = 600)
    private String passwordSealed;

    @Column(name = "namespace_uri", nullable = false, length = 200)
    private String namespaceUri;

    @Column(name = "project_id", nullable = false)
    private Long projectId;

    @Column(name = "node_prefix", nullable = false, length = 64)
    private String nodePrefix;

    @Column(name = "enabled", nullable = false)
    private boolean enabled;

    @NotAudited
    @Column(name = "config_version", nullable = false)
    private long configVersion;

    @NotAudited
    @Column(name = "created_by", nullable = false, length = 150, updatable = false)
    private String createdBy;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected OpcUaEndpoint() {
    }

    /** What an administrator configures; {@code passwordSealed} null with a username keeps the stored password. */
    public record Settings(String name, String url, OpcUaSecurityPolicy securityPolicy, OpcUaSecurityMode securityMode,
                           String username, String namespaceUri, long projectId, String nodePrefix, boolean enabled) {
    }

    public OpcUaEndpoint(Settings s, String passwordSealed, String createdBy, Instant now) {
        this.createdBy = createdBy;
        this.createdAt = now;
        apply(s, passwordSealed, now);
    }

    /**
     * Applies new settings. {@code newPasswordSealed} replaces the password when given; without a username the
     * password is dropped (anonymous).
     */
    public void apply(Settings s, String newPasswordSealed, Instant now) {
        if (!s.securityMode().fits(s.securityPolicy())) {
            throw new IllegalArgumentException("security mode " + s.securityMode() + " with " + s.securityPolicy());
        }
        this.name = s.name();
        this.url = s.url();
        this.securityPolicy = s.securityPolicy();
        this.securityMode = s.securityMode();
        this.username = s.username();
        if (s.username() == null) {
            this.passwordSealed = null;
        } else if (newPasswordSealed != null) {
            this.passwordSealed = newPasswordSealed;
        }
        if (this.username != null && this.passwordSealed == null) {
            throw new IllegalArgumentException("a username needs a password");
        }
        this.namespaceUri = s.namespaceUri();
        this.projectId = s.projectId();
        this.nodePrefix = s.nodePrefix();
        this.enabled = s.enabled();
        touch(now);
    }

    /** The node map changed: running clients restart with it. */
    public void touch(Instant now) {
        this.configVersion++;
        this.updatedAt = now;
    }

    /** After a key rotation: the same password sealed with the current key. */
    public void resealPassword(String sealed) {
        this.passwordSealed = sealed;
    }

    public Long id() { return id; }
    public String name() { return name; }
    public String url() { return url; }
    public OpcUaSecurityPolicy securityPolicy() { return securityPolicy; }
    public OpcUaSecurityMode securityMode() { return securityMode; }
    public String username() { return username; }
    public String passwordSealed() { return passwordSealed; }
    public String namespaceUri() { return namespaceUri; }
    public long projectId() { return projectId; }
    public String nodePrefix() { return nodePrefix; }
    public boolean enabled() { return enabled; }
    public long configVersion() { return configVersion; }
    public String createdBy() { return createdBy; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
