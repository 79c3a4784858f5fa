package org.anju.leasing.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.anju.housing.api.UnitStatus;
import org.anju.leasing.domain.AckSection;
import org.anju.leasing.domain.AmountRule;
import org.anju.leasing.domain.ApplicationType;
import org.anju.leasing.domain.Decision;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.FeeCategory;
import org.anju.leasing.domain.FeeCycle;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Relation;
import org.anju.leasing.domain.ReviewDecision;
import org.anju.leasing.domain.StepMode;

/** What callers ask the leasing use cases to do (also the REST request bodies). Shape checks here; rules in services. */
public final class Commands {

    private Commands() {
    }

    /** A household member; on an update, {@code id} names an existing member and null ID number/phone keep the stored ones. */
    public record MemberInput(
            Long id,
            @NotNull Relation relation,
            @NotBlank @Size(max = 50) String name,
            @NotNull IdType idType,
            @Size(max = 30) String idNumber,
            @Size(max = 20) String phone,
            LocalDate birthDate,
            @Size(max = 200) String employer,
            boolean applicant) {
    }

    /** A household and its members. */
    public record HouseholdInput(
            @NotNull EligibilityCategory eligibilityCategory,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal incomeMonthly,
            @Size(max = 300) String housingSituation,
            Boolean elderlyAlone,
            Boolean disabled,
            Boolean seriousIllness,
            @Size(max = 500) String notes,
            @NotEmpty @Size(max = 20) List<@Valid @NotNull MemberInput> members,
            @Size(max = 500) String reason) {
    }

    /** A sign-in account for a member. */
    public record AccountInput(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 64) String password) {
    }

    /** A fee item bound to a lease; without an amount the catalogue's rule applies. */
    public record FeeChoice(@NotNull Long feeItemId,
                            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount) {
    }

    /** The terms of a lease draft ({@code householdId}/{@code unitId} only when drafting). */
    public record LeaseInput(
            Long householdId,
            Long unitId,
            @Size(max = 40) String leaseTypeCode,
            @NotNull LocalDate startDate,
            LocalDate endDate,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal monthlyRent,
            @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal deposit,
            @Size(max = 30) String rentCategory,
            @Size(max = 30) List<@Valid @NotNull FeeChoice> fees) {
    }

    /** A comment that may be left out (submit, approve). */
    public record Comment(@Size(max = 500) String comment) {
    }

    /** A reason that must be given (reject, return, cancel). */
    public record Reason(@NotBlank @Size(max = 500) String reason) {
    }

    /** An approver's decision (the REST paths name it). */
    public record DecisionInput(Decision decision, @Size(max = 500) String reason) {
    }

    /** Acknowledging a part of the contract. */
    public record AckInput(@NotNull AckSection section) {
    }

    /** Signing: the SMS code and the handwritten signature as a PNG data URL. */
    public record SignInput(@NotBlank @Size(max = 10) String code, @NotBlank @Size(max = 700_000) String signature) {
    }

    /** Moving in. */
    public record CheckInInput(@NotNull LocalDate movedInOn, @NotEmpty @Size(max = 20) List<@NotNull Long> memberIds,
                               @Size(max = 60) String emergencyContact, @Size(max = 500) String notes) {
    }

    /** The move-out checklist. */
    public record Checklist(boolean keysReturned, boolean devicesIntact, boolean metersRead, boolean feesSettled,
                            @Size(max = 500) String damages, @Size(max = 500) String notes) {
    }

    /** Terminating a lease and moving out. */
    public record TerminateInput(@NotBlank @Size(max = 500) String reason, @NotNull LocalDate moveOutOn,
                                 @NotNull UnitStatus unitStatus, @NotNull @Valid Checklist checklist) {
    }

    /** A fee item of the catalogue. */
    public record FeeItemInput(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String name,
                               @NotNull FeeCategory category, @NotNull FeeCycle cycle, @NotNull AmountRule rule,
                               @NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal amount,
                               @Size(max = 20) String unit, Boolean active) {
    }

    /** A new version of a contract template. */
    public record TemplateInput(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 200) String title,
                                @NotBlank @Size(max = 50_000) String body,
                                @NotBlank @Size(max = 20_000) String liabilityClauses,
                                @NotBlank @Size(max = 20_000) String returnConditions) {
    }

    /** One approval step of a lease type. */
    public record StepInput(@NotNull @Min(1) @Max(20) Integer stepNo, @NotBlank @Size(max = 100) String name,
                            @NotEmpty @Size(max = 10) List<@NotBlank @Size(max = 64) String> roles,
                            @NotNull StepMode mode) {
    }

    /** A lease type and its approval workflow. */
    public record LeaseTypeInput(@NotBlank @Size(max = 40) String code, @NotBlank @Size(max = 100) String name,
                                 @NotBlank @Size(max = 40) String templateCode,
                                 @NotNull @Min(1) @Max(240) Integer defaultTermMonths, Boolean active,
                                 @NotEmpty @Size(max = 10) List<@Valid @NotNull StepInput> steps) {
    }

    /** Reminder offsets in days before a lease's end. */
    public record SettingsInput(@NotEmpty @Size(max = 3) List<@NotNull @Min(1) @Max(365) Integer> reminderOffsets) {
    }

    /** One allocation row (配租结果). */
    public record AllocationRow(
            @Size(max = 20) String householdNumber,
            @Size(max = 50) String applicantName,
            IdType idType,
            @Size(max = 30) String idNumber,
            @Size(max = 20) String phone,
            @Size(max = 20) String eligibilityCategory,
            @Size(max = 100) String projectName,
            @Size(max = 50) String buildingName,
            @Size(max = 20) String roomNumber,
            @Size(max = 30) String rentCategory,
            @Size(max = 20) String monthlyRent,
            @Size(max = 20) String deposit,
            @Size(max = 20) String startDate,
            @Size(max = 40) String leaseTypeCode) {
    }

    /** Allocation rows sent as JSON. */
    public record AllocationInput(Boolean dryRun, @NotEmpty @Size(max = 5000) List<@Valid @NotNull AllocationRow> rows) {
    }

    /** A review campaign. */
    public record CampaignInput(@NotNull @Min(2000) @Max(2100) Integer year, @NotBlank @Size(max = 100) String name,
                                @NotNull LocalDate deadline) {
    }

    /** A resident's yearly declaration. */
    public record ReviewInput(@NotNull @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal incomeMonthly,
                              @NotNull @Min(1) @Max(20) Integer memberCount,
                              @NotBlank @Size(max = 300) String housingSituation,
                              @Size(max = 1000) String statement) {
    }

    /** Staff's decision on a review. */
    public record ReviewDecisionInput(@NotNull ReviewDecision decision, EligibilityCategory categoryAfter,
                                      @Size(max = 500) String reason) {
    }

    /** A resident's application. */
    public record ApplicationInput(
            @NotNull ApplicationType type,
            @NotBlank @Size(max = 1000) String reason,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal incomeMonthly,
            @Size(max = 300) String housingSituation,
            @Size(max = 10) List<@Valid @NotNull MemberInput> members,
            @Size(max = 10) List<@NotNull Long> removeMemberIds,
            Long preferredProjectId,
            @Size(max = 30) String preferredLayout,
            @Min(1) @Max(120) Integer renewalMonths) {
    }

    /** Staff approving an application. */
    public record ApplicationDecisionInput(
            @Size(max = 500) String reason,
            Long unitId,
            @DecimalMin("0") @Digits(integer = 10, fraction = 2) BigDecimal monthlyRent,
            LocalDate endDate,
            EligibilityCategory eligibilityCategory) {
    }
}
