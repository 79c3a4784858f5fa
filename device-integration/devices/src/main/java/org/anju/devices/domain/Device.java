package org.anju.devices.domain;

import java.time.Instant;
import java.time.LocalDate;

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
 * A registered device (设备备案, R8.1c): what it is, who made it, its certificate, where it is installed (a unit, a
 * building or a whole project) and whether its registration was approved. Invariants: the device id is unique across
 * the platform (the broker authenticates by it before any tenant is known); only a PENDING registration is decided;
 * a retired device stays for the records and never comes back. The live state (online, last seen, battery) is
 * written by the ingest in bulk SQL and is not part of the audited history.
 */
@Entity
@Table(name = "device")
@Audited
public class Device {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "device_seq")
    @SequenceGenerator(name = "device_seq", sequenceName = "device_seq", allocationSize = 50)
    private Long id;

    @Column(name = "device_id", nullable = false, length = 64, updatable = false)
    private String deviceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 24)
    private DeviceKind kind;

    @Column(name = "vendor_code", length = 32)
    private String vendorCode;

    @Column(name = "model", length = 64)
    private String model;

    @Column(name = "serial", nullable = false, length = 64)
    private String serial;

    @Column(name = "certificate", length = 200)
    private String certificate;

    @Column(name = "certificate_valid_until")
    private LocalDate certificateValidUntil;

    @Column(name = "project_id")
    private Long projectId;

    @Column(name = "building_id")
    private Long buildingId;

    @Column(name = "unit_id")
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "registration", nullable = false, length = 16)
    private Registration registration;

    @NotAudited
    @Column(name = "registered_by", nullable = false, length = 150, updatable = false)
    private String registeredBy;

    @Column(name = "decided_by", length = 150)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decision_note", length = 500)
    private String decisionNote;

    @Column(name = "secret_issued_at")
    private Instant secretIssuedAt;

    @NotAudited
    @Column(name = "online", nullable = false, insertable = false, updatable = false)
    private boolean online;

    @NotAudited
    @Column(name = "last_seen_at", insertable = false, updatable = false)
    private Instant lastSeenAt;

    @NotAudited
    @Column(name = "battery", insertable = false, updatable = false)
    private Integer battery;

    @NotAudited
    @Column(name = "tampered_at", insertable = false, updatable = false)
    private Instant tamperedAt;

    @NotAudited
    @Column(name = "clock_skew_seconds", insertable = false, updatable = false)
    private Integer clockSkewSeconds;

    @NotAudited
    @Column(name = "commands_timed_out", insertable = false, updatable = false)
    private Integer commandsTimedOut;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Device() {
    }

    /** What a registration says about a device; where it is installed is one of unit, building or project. */
    public record Details(DeviceKind kind, String vendorCode, String model, String serial, String certificate,
                          LocalDate certificateValidUntil, Long projectId, Long buildingId, Long unitId) {
    }

    public Device(String deviceId, Details details, String registeredBy, boolean approved, Instant now) {
        this.deviceId = deviceId;
        this.registeredBy = registeredBy;
        this.registration = approved ? Registration.APPROVED : Registration.PENDING;
        if (approved) {
            this.decidedBy = registeredBy;
            this.decidedAt = now;
        }
        this.createdAt = now;
        apply(details, now);
    }

    /** Changes what the registry says (a device moved to another unit, a new certificate). */
    public void apply(Details d, Instant now) {
        if (registration == Registration.RETIRED) {
            throw new ProblemException(409, "device-retired", deviceId);
        }
        this.kind = d.kind();
        this.vendorCode = d.vendorCode();
        this.model = d.model();
        this.serial = d.serial();
        this.certificate = d.certificate();
        this.certificateValidUntil = d.certificateValidUntil();
        this.projectId = d.projectId();
        this.buildingId = d.buildingId();
        this.unitId = d.unitId();
        this.updatedAt = now;
    }

    /** Approves or rejects a pending registration. */
    public void decide(boolean approve, String actor, String note, Instant now) {
        if (registration != Registration.PENDING) {
            throw new ProblemException(409, "device-not-pending", deviceId, registration.name());
        }
        this.registration = approve ? Registration.APPROVED : Registration.REJECTED;
        this.decidedBy = actor;
        this.decidedAt = now;
        this.decisionNote = note;
        this.updatedAt = now;
    }

    /** Takes the device out of service: it may no longer connect; its history stays. */
    public void retire(String actor, String note, Instant now) {
        if (registration == Registration.RETIRED) {
            return;
        }
        this.registration = Registration.RETIRED;
        this.decidedBy = actor;
        this.decidedAt = now;
        this.decisionNote = note;
        this.updatedAt = now;
    }

    public void secretIssued(Instant now) {
        this.secretIssuedAt = now;
        this.updatedAt = now;
    }

    public Long id() { return id; }
    public String deviceId() { return deviceId; }
    public DeviceKind kind() { return kind; }
    public String vendorCode() { return vendorCode; }
    public String model() { return model; }
    public String serial() { return serial; }
    public String certificate() { return certificate; }
    public LocalDate certificateValidUntil() { return certificateValidUntil; }
    public Long projectId() { return projectId; }
    public Long buildingId() { return buildingId; }
    public Long unitId() { return unitId; }
    public Registration registration() { return registration; }
    public String registeredBy() { return registeredBy; }
    public String decidedBy() { return decidedBy; }
    public Instant decidedAt() { return decidedAt; }
    public String decisionNote() { return decisionNote; }
    public Instant secretIssuedAt() { return secretIssuedAt; }
    public boolean online() { return online; }
    public Instant lastSeenAt() { return lastSeenAt; }
    public Integer battery() { return battery; }
    public Instant tamperedAt() { return tamperedAt; }
    public Integer clockSkewSeconds() { return clockSkewSeconds; }
    public int commandsTimedOut() { return commandsTimedOut == null ? 0 : commandsTimedOut; }
    public Instant createdAt() { return createdAt; }
    public Instant updatedAt() { return updatedAt; }
    public long version() { return version; }
}
