package org.anju.leasing.domain;

import java.math.BigDecimal;
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

/**
 * One household's review in one year (R6.2b1): what the resident declared, and what staff decided. Kept per household
 * and year (finance sets rent by the category after review). Invariant: decided once; no declaration after a decision.
 */
@Entity
@Table(name = "eligibility_review")
public class EligibilityReview {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "eligibility_review_seq")
    @SequenceGenerator(name = "eligibility_review_seq", sequenceName = "eligibility_review_seq", allocationSize = 50)
    private Long id;

    @Column(name = "campaign_id", nullable = false, updatable = false)
    private long campaignId;

    @Column(name = "household_id", nullable = false, updatable = false)
    private long householdId;

    @Column(name = "year", nullable = false, updatable = false)
    private int year;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ReviewStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_before", nullable = false, updatable = false, length = 20)
    private EligibilityCategory categoryBefore;

    @Column(name = "income_monthly", precision = 12, scale = 2)
    private BigDecimal incomeMonthly;

    @Column(name = "member_count")
    private Integer memberCount;

    @Column(name = "housing_situation", length = 300)
    private String housingSituation;

    @Column(name = "statement", length = 1000)
    private String statement;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision", length = 20)
    private ReviewDecision decision;

    @Enumerated(EnumType.STRING)
    @Column(name = "category_after", length = 20)
    private EligibilityCategory categoryAfter;

    @Column(name = "reason", length = 500)
    private String reason;

    @Column(name = "decided_by", length = 100)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    protected EligibilityReview() {
    }

    public EligibilityReview(long campaignId, long householdId, int year, EligibilityCategory categoryBefore) {
        this.campaignId = campaignId;
        this.householdId = householdId;
        this.year = year;
        this.categoryBefore = categoryBefore;
        this.status = ReviewStatus.PENDING;
    }

    /** The resident's declaration; may be corrected until decided. */
    public void submit(BigDecimal income, int members, String housing, String statement, Instant now) {
        if (status == ReviewStatus.DECIDED) {
            throw new IllegalStateException("decided");
        }
        this.incomeMonthly = income;
        this.memberCount = members;
        this.housingSituation = housing;
        this.statement = statement;
        this.submittedAt = now;
        this.status = ReviewStatus.SUBMITTED;
    }

    public void decide(ReviewDecision decision, EligibilityCategory after, String reason, String actor, Instant now) {
        if (status == ReviewStatus.DECIDED) {
            throw new IllegalStateException("decided");
        }
        this.decision = decision;
        this.categoryAfter = after;
        this.reason = reason;
        this.decidedBy = actor;
        this.decidedAt = now;
        this.status = ReviewStatus.DECIDED;
    }

    public Long id() {
        return id;
    }

    public long campaignId() {
        return campaignId;
    }

    public long householdId() {
        return householdId;
    }

    public int year() {
        return year;
    }

    public ReviewStatus status() {
        return status;
    }

    public EligibilityCategory categoryBefore() {
        return categoryBefore;
    }

    public BigDecimal incomeMonthly() {
        return incomeMonthly;
    }

    public Integer memberCount() {
        return memberCount;
    }

    public String housingSituation() {
        return housingSituation;
    }

    public String statement() {
        return statement;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public ReviewDecision decision() {
        return decision;
    }

    public EligibilityCategory categoryAfter() {
        return categoryAfter;
    }

    public String reason() {
        return reason;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public Instant decidedAt() {
        return decidedAt;
    }
}
