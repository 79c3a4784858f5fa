package org.anju.leasing.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.anju.audit.api.AuditEntry;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.domain.AckSection;
import org.anju.leasing.domain.AmountRule;
import org.anju.leasing.domain.ApplicationStatus;
import org.anju.leasing.domain.ApplicationType;
import org.anju.leasing.domain.Decision;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.FeeCategory;
import org.anju.leasing.domain.FeeCycle;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Relation;
import org.anju.leasing.domain.ReviewDecision;
import org.anju.leasing.domain.ReviewStatus;
import org.anju.leasing.domain.StepMode;

/** What the leasing use cases answer (never entities). Personal data in them is masked unless {@code masked} is false. */
public final class Views {

    private Views() {
    }

    public record MemberView(long id, Relation relation, String name, IdType idType, String idNumber, String phone,
                             LocalDate birthDate, String employer, boolean applicant, boolean hasAccount) {
    }

    public record HouseholdView(long id, String number, EligibilityCategory eligibilityCategory,
                                BigDecimal incomeMonthly, String housingSituation, boolean elderlyAlone,
                                boolean disabled, boolean seriousIllness, String notes, HouseholdStatus status,
                                boolean masked, List<MemberView> members, Instant createdAt, Instant updatedAt,
                                int version) {
    }

    public record LeaseBrief(long id, String number, long unitId, String unitLabel, LeaseStatus status,
                             LocalDate endDate) {
    }

    public record HouseholdSummary(long id, String number, String applicantName, String applicantIdNumber,
                                   String applicantPhone, int memberCount, EligibilityCategory eligibilityCategory,
                                   HouseholdStatus status, boolean elderlyAlone, boolean disabled,
                                   boolean seriousIllness, LeaseBrief lease) {
    }

    public record AccountView(long userId, String username) {
    }

    public record LeaseSummary(long id, String number, LeaseKind kind, LeaseStatus status, long householdId,
                               String householdNumber, String applicantName, long unitId, String unitLabel,
                               String leaseTypeName, LocalDate startDate, LocalDate endDate, BigDecimal monthlyRent,
                               Instant updatedAt) {
    }

    public record FeeView(long feeItemId, String name, FeeCategory category, FeeCycle cycle, BigDecimal amount) {
    }

    public record DecisionView(String role, Decision decision, String actor, String reason, Instant at) {
    }

    public record StepView(int stepNo, String name, List<String> roles, StepMode mode, String state,
                           List<DecisionView> decisions) {
    }

    public record ApprovalView(int round, int currentStep, List<StepView> steps) {
    }

    public record AckView(AckSection section, Instant at, String ip, String userAgent) {
    }

    public record SignatureView(Instant signedAt, String signerName, String pdfSha256, String provider) {
    }

    public record CheckInView(LocalDate movedInOn, Instant at, String actor, List<Long> memberIds,
                              String emergencyContact, String notes) {
    }

    public record TypeRef(long id, String code, String name) {
    }

    public record TemplateRef(long id, String code, int version, String title) {
    }

    public record LeaseView(long id, String number, LeaseKind kind, LeaseStatus status, Set<LeaseStatus> allowedNext,
                            long householdId, String householdNumber, String applicantName, long unitId,
                            String unitLabel, BigDecimal unitArea, String unitLayout, long projectId, TypeRef leaseType,
                            TemplateRef template, Long previousLeaseId, LocalDate startDate, LocalDate endDate,
                            BigDecimal monthlyRent, BigDecimal deposit, String rentCategory, List<FeeView> fees,
                            ApprovalView approval, List<AckView> acknowledgements, SignatureView signature,
                            CheckInView checkIn, String endReason, Map<String, Object> moveOut, Instant signedAt,
                            Instant activatedAt, Instant endedAt, Instant createdAt, Instant updatedAt) {
    }

    public record EventView(long leaseId, String leaseNumber, LeaseStatus from, LeaseStatus to, Instant at,
                            String actor, String reason) {
    }

    public record ContractText(String title, String body, String liabilityClauses, String returnConditions) {
    }

    public record EvidenceView(Instant signedAt, String signerName, long signerUserId, String ip, String userAgent,
                               String pdfSha256, String provider, String codeSentTo, List<AckView> acknowledgements,
                               Map<String, Object> evidence) {
    }

    public record CodeSent(String sentTo, Instant expiresAt, Instant resendAfter) {
    }

    public record FeeItemView(long id, String code, String name, FeeCategory category, FeeCycle cycle, AmountRule rule,
                              BigDecimal amount, String unit, boolean active) {
    }

    public record TemplateView(long id, String code, int version, String title, String body, String liabilityClauses,
                               String returnConditions, String createdBy, Instant createdAt) {
    }

    public record StepDef(int stepNo, String name, List<String> roles, StepMode mode) {
    }

    public record LeaseTypeView(long id, String code, String name, String templateCode, int defaultTermMonths,
                                boolean active, List<StepDef> steps) {
    }

    public record SettingsView(List<Integer> reminderOffsets) {
    }

    public record DailyRun(int reminded, int expired) {
    }

    public record AllocationCreated(int row, long householdId, String householdNumber, long leaseId, String leaseNumber,
                                    String unitLabel) {
    }

    public record RowError(int row, String field, String message) {
    }

    public record AllocationResult(boolean dryRun, int rows, List<AllocationCreated> created, List<RowError> errors) {
    }

    public record CampaignView(long id, int year, String name, LocalDate deadline, String status,
                               Map<ReviewStatus, Long> counts) {
    }

    public record ReviewView(long id, long campaignId, int year, long householdId, String householdNumber,
                             String applicantName, ReviewStatus status, EligibilityCategory categoryBefore,
                             BigDecimal incomeMonthly, Integer memberCount, String housingSituation, String statement,
                             Instant submittedAt, ReviewDecision decision, EligibilityCategory categoryAfter,
                             String reason, String decidedBy, Instant decidedAt, LocalDate deadline) {
    }

    public record ApplicationView(long id, long householdId, String householdNumber, String applicantName, long leaseId,
                                  String leaseNumber, String unitLabel, ApplicationType type, ApplicationStatus status,
                                  String reason, Map<String, Object> details, String submittedBy, Instant submittedAt,
                                  String decidedBy, Instant decidedAt, String decisionReason, Long newLeaseId) {
    }

    public record HouseholdArchive(HouseholdView household, List<AuditEntry> revisions, List<LeaseSummary> leases,
                                   List<EventView> events, List<ReviewView> reviews,
                                   List<ApplicationView> applications,
                                   List<org.anju.leasing.api.HouseholdArchiveContributor.Section> sections) {
    }
}
