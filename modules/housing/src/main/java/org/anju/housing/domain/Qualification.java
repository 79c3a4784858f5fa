package org.anju.housing.domain;

import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A qualification of a staff member (e.g. 物业管理员证), with certificate number and validity (R5.1d). */
@Embeddable
public class Qualification {

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "certificate_no", length = 100)
    private String certificateNo;

    @Column(name = "valid_until")
    private LocalDate validUntil;

    protected Qualification() {
    }

    public Qualification(String name, String certificateNo, LocalDate validUntil) {
        this.name = name;
        this.certificateNo = certificateNo;
        this.validUntil = validUntil;
    }

    public String name() {
        return name;
    }

    public String certificateNo() {
        return certificateNo;
    }

    public LocalDate validUntil() {
        return validUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Qualification q && Objects.equals(name, q.name)
                && Objects.equals(certificateNo, q.certificateNo) && Objects.equals(validUntil, q.validUntil);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, certificateNo, validUntil);
    }
}
