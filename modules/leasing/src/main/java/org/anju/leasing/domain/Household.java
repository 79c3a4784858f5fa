package org.anju.leasing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/**
 * A lease-holding household (承租家庭) — the subject of one-household-one-archive (R7.4b). Invariants: exactly one member
 * is the main applicant, with relation SELF; members' identity documents are sealed (see {@link HouseholdMember}); the
 * number never changes. Every change of the household or of its member list is a revision (Envers).
 */
@Entity
@Table(name = "household")
@Audited
public class Household {

    /** The household's own facts (everything but its members, number and status). */
    public record Facts(EligibilityCategory eligibilityCategory, BigDecimal incomeMonthly, String housingSituation,
                        boolean elderlyAlone, boolean disabled, boolean seriousIllness, String notes) {
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "household_seq")
    @SequenceGenerator(name = "household_seq", sequenceName = "household_seq", allocationSize = 50)
    private Long id;

    @Column(name = "number", nullable = false, updatable = false, length = 20)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(name = "eligibility_category", nullable = false, length = 20)
    private EligibilityCategory eligibilityCategory;

    @Column(name = "income_monthly", precision = 12, scale = 2)
    private BigDecimal incomeMonthly;

    @Column(name = "housing_situation", length = 300)
    private String housingSituation;

    @Column(name = "elderly_alone", nullable = false)
    private boolean elderlyAlone;

    @Column(name = "disabled", nullable = false)
    private boolean disabled;

    @Column(name = "serious_illness", nullable = false)
    private boolean seriousIllness;

    @Column(name = "notes", length = 500)
    private String notes;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private HouseholdStatus status;

    @OneToMany(mappedBy = "household", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("applicant DESC, id ASC")
    private List<HouseholdMember> members = new ArrayList<>();

    @NotAudited
    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @NotAudited
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Household() {
    }

    public Household(String number, Facts facts, Instant now) {
        this.number = number;
        this.status = HouseholdStatus.ACTIVE;
        this.createdAt = now;
        apply(facts, now);
    }

    public void apply(Facts f, Instant now) {
        this.eligibilityCategory = f.eligibilityCategory();
        this.incomeMonthly = f.incomeMonthly();
        this.housingSituation = f.housingSituation();
        this.elderlyAlone = f.elderlyAlone();
        this.disabled = f.disabled();
        this.seriousIllness = f.seriousIllness();
        this.notes = f.notes();
        this.updatedAt = now;
    }

    public Facts facts() {
        return new Facts(eligibilityCategory, incomeMonthly, housingSituation, elderlyAlone, disabled, seriousIllness, notes);
    }

    public void addMember(HouseholdMember m) {
        members.add(m);
    }

    public void removeMember(HouseholdMember m) {
        members.remove(m);
    }

    /** Checked after every change of the member list. */
    public void checkApplicant() {
        long applicants = members.stream().filter(HouseholdMember::applicant).count();
        if (applicants != 1) {
            throw new IllegalStateException("a household has exactly one main applicant, not " + applicants);
        }
    }

    public void changeCategory(EligibilityCategory category, Instant now) {
        this.eligibilityCategory = category;
        this.updatedAt = now;
    }

    public void changeStatus(HouseholdStatus next, Instant now) {
        this.status = next;
        this.updatedAt = now;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }

    public Optional<HouseholdMember> applicant() {
        return members.stream().filter(HouseholdMember::applicant).findFirst();
    }

    public Optional<HouseholdMember> member(long memberId) {
        return members.stream().filter(m -> m.id() != null && m.id() == memberId).findFirst();
    }

    public Long id() {
        return id;
    }

    public String number() {
        return number;
    }

    public EligibilityCategory eligibilityCategory() {
        return eligibilityCategory;
    }

    public BigDecimal incomeMonthly() {
        return incomeMonthly;
    }

    public String housingSituation() {
        return housingSituation;
    }

    public boolean elderlyAlone() {
        return elderlyAlone;
    }

    public boolean disabled() {
        return disabled;
    }

    public boolean seriousIllness() {
        return seriousIllness;
    }

    public String notes() {
        return notes;
    }

    public HouseholdStatus status() {
        return status;
    }

    public List<HouseholdMember> members() {
        return List.copyOf(members);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public int version() {
        return version;
    }
}
