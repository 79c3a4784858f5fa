package org.anju.devices.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * An operator's authorisation of a vendor (platform schema, one row per vendor and organization): the vendor API
 * checks it before it enters the organization's tenant. Invariants: authorising twice or withdrawing twice changes
 * nothing (no second log entry); the row keeps who authorised and who withdrew, the full story is in
 * {@link VendorAuthorizationEvent}.
 */
@Entity
@Table(name = "vendor_authorization")
public class VendorAuthorization {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_authorization_seq")
    @SequenceGenerator(name = "vendor_authorization_seq", sequenceName = "vendor_authorization_seq", allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "organization_code", nullable = false, updatable = false, length = 31)
    private String organizationCode;

    @Column(name = "authorized", nullable = false)
    private boolean authorized;

    @Column(name = "authorized_at", nullable = false)
    private Instant authorizedAt;

    @Column(name = "authorized_by", nullable = false, length = 100)
    private String authorizedBy;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    @Column(name = "withdrawn_by", length = 100)
    private String withdrawnBy;

    @Column(name = "note", length = 500)
    private String note;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected VendorAuthorization() {
    }

    public VendorAuthorization(long vendorId, String organizationCode, String actor, String note, Instant now) {
        this.vendorId = vendorId;
        this.organizationCode = organizationCode;
        this.authorized = true;
        this.authorizedAt = now;
        this.authorizedBy = actor;
        this.note = note;
    }

    /** Authorises again after a withdrawal; false (nothing changes) when already authorised. */
    public boolean authorize(String actor, String note, Instant now) {
        if (authorized) {
            return false;
        }
        authorized = true;
        authorizedAt = now;
        authorizedBy = actor;
        withdrawnAt = null;
        withdrawnBy = null;
        this.note = note;
        return true;
    }

    /** Withdraws; false (nothing changes) when not authorised. */
    public boolean withdraw(String actor, Instant now) {
        if (!authorized) {
            return false;
        }
        authorized = false;
        withdrawnAt = now;
        withdrawnBy = actor;
        return true;
    }

    public Long id() { return id; }
    public long vendorId() { return vendorId; }
    public String organizationCode() { return organizationCode; }
    public boolean authorized() { return authorized; }
    public Instant authorizedAt() { return authorizedAt; }
    public String authorizedBy() { return authorizedBy; }
    public Instant withdrawnAt() { return withdrawnAt; }
    public String withdrawnBy() { return withdrawnBy; }
    public String note() { return note; }
}
