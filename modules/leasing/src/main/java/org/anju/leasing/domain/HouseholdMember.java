package org.anju.leasing.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A person of a household. The ID number and phone are held only sealed (AES-GCM, R8.2.1) with a blind index for exact
 * search: this entity never sees them in clear, the application layer seals and opens them.
 */
@Entity
@Table(name = "household_member")
@Audited
public class HouseholdMember {

    /** The sealed form of an identity document or phone, with its blind index. */
    public record Sealed(String value, String index) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_member_seq")
    @SequenceGenerator(name = "household_member_seq", sequenceName = "household_member_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "household_id", nullable = false, updatable = false)
    private Household household;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private Relation relation;

    @Column(name = "name", nullable = false, length = 50)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "id_type", nullable = false, length = 20)
    private IdType idType;

    @Column(name = "id_number_sealed", nullable = false, length = 300)
    private String idNumberSealed;

    @Column(name = "id_number_index", nullable = false, length = 40)
    private String idNumberIndex;

    @Column(name = "phone_sealed", length = 300)
    private String phoneSealed;

    @Column(name = "phone_index", length = 40)
    private String phoneIndex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Column(name = "employer", length = 200)
    private String employer;

    @Column(name = "applicant", nullable = false)
    private boolean applicant;

    @Column(name = "user_id")
    private Long userId;

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected HouseholdMember() {
    }

    public HouseholdMember(Household household, Instant now) {
        this.household = household;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Everything but the sealed fields. */
    public void describe(Relation relation, String name, IdType idType, LocalDate birthDate, String employer,
                         boolean applicant, Instant now) {
        this.relation = relation;
        this.name = name;
        this.idType = idType;
        this.birthDate = birthDate;
        this.employer = employer;
        this.applicant = applicant;
        this.updatedAt = now;
    }

    public void sealIdNumber(Sealed s, Instant now) {
        this.idNumberSealed = s.value();
        this.idNumberIndex = s.index();
        this.updatedAt = now;
    }

    public void sealPhone(Sealed s, Instant now) {
        this.phoneSealed = s == null ? null : s.value();
        this.phoneIndex = s == null ? null : s.index();
        this.updatedAt = now;
    }

    public void linkAccount(long userId, Instant now) {
        this.userId = userId;
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public Household household() {
        return household;
    }

    public Relation relation() {
        return relation;
    }

    public String name() {
        return name;
    }

    public IdType idType() {
        return idType;
    }

    public String idNumberSealed() {
        return idNumberSealed;
    }

    public String idNumberIndex() {
        return idNumberIndex;
    }

    public String phoneSealed() {
        return phoneSealed;
    }

    public String phoneIndex() {
        return phoneIndex;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public String employer() {
        return employer;
    }

    public boolean applicant() {
        return applicant;
    }

    public Long userId() {
        return userId;
    }
}
