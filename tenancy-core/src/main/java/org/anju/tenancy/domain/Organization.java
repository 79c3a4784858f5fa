package org.anju.tenancy.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * An operator or an authority in the registry (aggregate root).
 *
 * <p>Invariants: the code never changes and fixes the schema ({@code org_<code>}); the kind never changes; an
 * operator carries its appointment record (R5.1a) and at least one served division; an authority carries its
 * jurisdiction (at least one division) and no appointment. Suspension keeps all data (P7).
 */
@Entity
@Table(name = "organization")
@Audited
public class Organization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "organization_seq")
    @SequenceGenerator(name = "organization_seq", sequenceName = "organization_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 31)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, updatable = false, length = 16)
    private OrganizationKind kind;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private OrganizationStatus status;

    @NotAudited
    @Column(name = "schema_name", nullable = false, updatable = false, length = 63)
    private String schemaName;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @Embedded
    private Branding branding;

    @Column(name = "custom_domain", length = 253)
    private String customDomain;

    @Embedded
    private Appointment appointment;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    /** Jurisdiction of an authority, served divisions of an operator (GB/T 2260 codes). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_division", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "division_code", length = 6)
    private Set<String> divisionCodes = new TreeSet<>();

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Organization() {
    }

    public Organization(String code, OrganizationKind kind, String name, Collection<String> divisionCodes,
                        Branding branding, String customDomain, Appointment appointment,
                        String contactName, String contactPhone, Instant now) {
        if (kind == OrganizationKind.PLATFORM) {
            throw new IllegalArgumentException("the platform is not an organization of the registry");
        }
        if (kind == OrganizationKind.OPERATOR && appointment == null) {
            throw new IllegalArgumentException("an operator needs its appointment record (R5.1a)");
        }
        if (divisionCodes.isEmpty()) {
            throw new IllegalArgumentException("at least one division code");
        }
        this.code = code;
        this.kind = kind;
        this.name = name;
        this.schemaName = TenantId.ofOrganization(code).schema();
        this.status = OrganizationStatus.PROVISIONING;
        this.divisionCodes.addAll(divisionCodes);
        this.branding = branding;
        this.customDomain = customDomain;
        this.appointment = kind == OrganizationKind.OPERATOR ? appointment : null;
        this.contactName = contactName;
        this.contactPhone = contactPhone;
        this.createdAt = now;
        this.updatedAt = now;
        this.statusChangedAt = now;
    }

    /** Provisioning finished: the schema is migrated and initialised. */
    public void activate(Instant now) {
        if (status != OrganizationStatus.PROVISIONING) {
            throw new IllegalStateException("only a provisioning organization can be activated");
        }
        changeStatus(OrganizationStatus.ACTIVE, null, now);
    }

    public void suspend(String reason, Instant now) {
        if (status != OrganizationStatus.ACTIVE) {
            throw new IllegalStateException("only an active organization can be suspended");
        }
        changeStatus(OrganizationStatus.SUSPENDED, reason, now);
    }

    public void resume(Instant now) {
        if (status != OrganizationStatus.SUSPENDED) {
            throw new IllegalStateException("only a suspended organization can be resumed");
        }
        changeStatus(OrganizationStatus.ACTIVE, null, now);
    }

    public void rebrand(Branding branding, String customDomain, Instant now) {
        this.branding = branding;
        this.customDomain = customDomain;
        this.updatedAt = now;
    }

    private void changeStatus(OrganizationStatus next, String reason, Instant now) {
        this.status = next;
        this.statusReason = reason;
        this.statusChangedAt = now;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public OrganizationKind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public OrganizationStatus status() {
        return status;
    }

    public TenantId tenant() {
        return new TenantId(schemaName);
    }

    public String statusReason() {
        return statusReason;
    }

    public Instant statusChangedAt() {
        return statusChangedAt;
    }

    public Branding branding() {
        return branding == null ? new Branding(name, null, null) : branding;
    }

    public String customDomain() {
        return customDomain;
    }

    public Appointment appointment() {
        return appointment;
    }

    public String contactName() {
        return contactName;
    }

    public String contactPhone() {
        return contactPhone;
    }

    public Set<String> divisionCodes() {
        return Set.copyOf(divisionCodes);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
