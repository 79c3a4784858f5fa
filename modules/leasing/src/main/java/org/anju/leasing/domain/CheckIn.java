package org.anju.leasing.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The registration of a household moving in (R6.2a2): when, by whom, which members, an emergency contact. */
@Entity
@Table(name = "check_in")
public class CheckIn {

    @Id
    @Column(name = "lease_id")
    private Long leaseId;

    @Column(name = "at", nullable = false, updatable = false)
    private Instant at;

    @Column(name = "actor", nullable = false, updatable = false, length = 100)
    private String actor;

    @Column(name = "moved_in_on", nullable = false, updatable = false)
    private LocalDate movedInOn;

    @Column(name = "member_ids", nullable = false, updatable = false, length = 500)
    private String memberIds;

    /** Sealed (a name and a phone). */
    @Column(name = "emergency_contact", length = 400)
    private String emergencyContact;

    @Column(name = "notes", updatable = false, length = 500)
    private String notes;

    protected CheckIn() {
    }

    public CheckIn(long leaseId, Instant at, String actor, LocalDate movedInOn, List<Long> memberIds,
                   String emergencyContact, String notes) {
        this.leaseId = leaseId;
        this.at = at;
        this.actor = actor;
        this.movedInOn = movedInOn;
        this.memberIds = memberIds.stream().map(String::valueOf).collect(Collectors.joining(","));
        this.emergencyContact = emergencyContact;
        this.notes = notes;
    }

    public long leaseId() {
        return leaseId;
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
    }

    public LocalDate movedInOn() {
        return movedInOn;
    }

    public List<Long> memberIds() {
        return Arrays.stream(memberIds.split(",")).filter(s -> !s.isBlank()).map(Long::valueOf).toList();
    }

    public String emergencyContact() {
        return emergencyContact;
    }

    /** After a key rotation. */
    public void resealEmergencyContact(String sealed) {
        this.emergencyContact = sealed;
    }

    public String notes() {
        return notes;
    }
}
