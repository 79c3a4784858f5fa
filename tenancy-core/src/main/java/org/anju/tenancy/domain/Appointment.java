package org.anju.tenancy.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * R5.1a: the record of an operator's appointment by a housing authority: who appointed it (an authority on the
 * platform, by code, and its name), when, and by which document. The scope is the operator's served divisions.
 */
@Embeddable
public class Appointment {

    @Column(name = "appointing_authority_code", length = 31)
    private String authorityCode;

    @Column(name = "appointing_authority_name", length = 200)
    private String authorityName;

    @Column(name = "appointment_date")
    private LocalDate date;

    @Column(name = "appointment_document_no", length = 100)
    private String documentNumber;

    protected Appointment() {
    }

    public Appointment(String authorityCode, String authorityName, LocalDate date, String documentNumber) {
        this.authorityCode = authorityCode;
        this.authorityName = authorityName;
        this.date = date;
        this.documentNumber = documentNumber;
    }

    public String authorityCode() {
        return authorityCode;
    }

    public String authorityName() {
        return authorityName;
    }

    public LocalDate date() {
        return date;
    }

    public String documentNumber() {
        return documentNumber;
    }
}
