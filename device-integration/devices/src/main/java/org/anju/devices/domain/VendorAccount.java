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

import org.anju.kernel.api.ProblemException;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A device vendor (设备厂商), a platform-level account in schema {@code platform} (aggregate root; its keys and the
 * operators' authorisations refer to it by id).
 *
 * <p>Invariants: the code never changes (it is written on every device the vendor registers); a suspension has a
 * reason; suspending a suspended vendor or resuming an active one is refused, so the history shows real changes only.
 */
@Entity
@Table(name = "vendor")
@Audited
public class VendorAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_seq")
    @SequenceGenerator(name = "vendor_seq", sequenceName = "vendor_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 32)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "contact_name", length = 100)
    private String contactName;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    @Column(name = "contact_email", length = 200)
    private String contactEmail;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private VendorStatus status;

    @Column(name = "status_reason", length = 500)
    private String statusReason;

    @Column(name = "status_changed_at")
    private Instant statusChangedAt;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected VendorAccount() {
    }

    /** What a platform admin says about a vendor. */
    public record Details(String name, String contactName, String contactPhone, String contactEmail) {
    }

    public VendorAccount(String code, Details details, Instant now) {
        this.code = code;
        this.status = VendorStatus.ACTIVE;
        this.createdAt = now;
        apply(details, now);
    }

    public void apply(Details d, Instant now) {
        this.name = d.name();
        this.contactName = d.contactName();
        this.contactPhone = d.contactPhone();
        this.contactEmail = d.contactEmail();
        this.updatedAt = now;
    }

    public void suspend(String reason, Instant now) {
        if (status == VendorStatus.SUSPENDED) {
            throw ProblemException.conflict("vendor-already-suspended", code);
        }
        status = VendorStatus.SUSPENDED;
        statusReason = reason;
        statusChangedAt = now;
        updatedAt = now;
    }

    public void resume(Instant now) {
        if (status == VendorStatus.ACTIVE) {
            throw ProblemException.conflict("vendor-not-suspended", code);
        }
        status = VendorStatus.ACTIVE;
        statusReason = null;
        statusChangedAt = now;
        updatedAt = now;
    }

    public boolean active() {
        return status == VendorStatus.ACTIVE;
    }

    public Long id() { return id; }
    public String code() { return code; }
    public String name() { return name; }
    public String contactName() { return contactName; }
    public String contactPhone() { return contactPhone; }
    public String contactEmail() { return contactEmail; }
    public VendorStatus status() { return status; }
    public String statusReason() { return statusReason; }
    public Instant statusChangedAt() { return statusChangedAt; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public int version() { return version; }
}
