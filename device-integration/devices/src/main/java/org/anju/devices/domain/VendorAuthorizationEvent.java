package org.anju.devices.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One line of the authorisation log (append-only): an operator authorised or withdrew a vendor, who and when. */
@Entity
@Table(name = "vendor_authorization_event")
public class VendorAuthorizationEvent {

    public enum Action { AUTHORIZED, WITHDRAWN }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "vendor_authorization_event_seq")
    @SequenceGenerator(name = "vendor_authorization_event_seq", sequenceName = "vendor_authorization_event_seq",
            allocationSize = 50)
    private Long id;

    @Column(name = "vendor_id", nullable = false, updatable = false)
    private long vendorId;

    @Column(name = "vendor_code", nullable = false, updatable = false, length = 32)
    private String vendorCode;

    @Column(name = "organization_code", nullable = false, updatable = false, length = 31)
    private String organizationCode;

    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false, length = 16)
    private Action action;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "note", updatable = false, length = 500)
    private String note;

    protected VendorAuthorizationEvent() {
    }

    public VendorAuthorizationEvent(long vendorId, String vendorCode, String organizationCode, Action action,
                                    String actor, String note, Instant now) {
        this.vendorId = vendorId;
        this.vendorCode = vendorCode;
        this.organizationCode = organizationCode;
        this.action = action;
        this.actor = actor;
        this.note = note;
        this.occurredAt = now;
    }

    public Long id() { return id; }
    public long vendorId() { return vendorId; }
    public String vendorCode() { return vendorCode; }
    public String organizationCode() { return organizationCode; }
    public Action action() { return action; }
    public String actor() { return actor; }
    public Instant occurredAt() { return occurredAt; }
    public String note() { return note; }
}
