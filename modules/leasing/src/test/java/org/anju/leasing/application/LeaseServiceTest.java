package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.anju.housing.api.UnitStatus;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.domain.AmountRule;
import org.anju.leasing.domain.ApprovalStep;
import org.anju.leasing.domain.FeeCategory;
import org.anju.leasing.domain.FeeCycle;
import org.anju.leasing.domain.FeeItem;
import org.anju.leasing.domain.Lease;
import org.anju.leasing.domain.LeaseFee;
import org.anju.leasing.domain.LeaseType;
import org.anju.leasing.domain.StepMode;
import org.junit.jupiter.api.Test;

/**
 * R6.3b: the fee items bound to a lease: rent and deposit take the lease's amounts, per-area items are priced for the
 * unit (HALF_UP to the fen), fixed and metered items keep the catalogue's amount, and a per-lease amount wins. R6.3: a
 * lease's end defaults to its type's term.
 */
class LeaseServiceTest {

    private static final Lease.Terms TERMS = new Lease.Terms(LocalDate.of(2026, 9, 1), LocalDate.of(2029, 8, 31),
            new BigDecimal("800.00"), new BigDecimal("1600.00"), "公租房标准租金");

    private static UnitSummary unit(String area) {
        return new UnitSummary(11, 2, "阳光家园", "文三路 100 号", 3, "1号楼", "101", 1, "一室一厅", new BigDecimal(area),
                UnitStatus.PENDING_ALLOCATION);
    }

    private static FeeItem item(long id, FeeCategory category, FeeCycle cycle, AmountRule rule, String amount) {
        return Fixtures.withId(new FeeItem(new FeeItem.Definition("F" + id, "费用" + id, category, cycle, rule,
                new BigDecimal(amount), null, true), Fixtures.T0), id);
    }

    private static BigDecimal amount(FeeItem f, BigDecimal perLease, String area) {
        return LeaseService.fee(f, perLease, TERMS, unit(area)).amount();
    }

    @Test
    void perAreaFeesArePricedForTheUnit() {
        FeeItem property = item(3, FeeCategory.PROPERTY, FeeCycle.MONTHLY, AmountRule.PER_AREA, "1.50");
        assertThat(amount(property, null, "45.50")).isEqualTo(new BigDecimal("68.25"));
    }

    @Test
    void perAreaFeesRoundHalfUpToTheFen() {
        FeeItem property = item(3, FeeCategory.PROPERTY, FeeCycle.MONTHLY, AmountRule.PER_AREA, "0.50");
        // 0.50 × 45.53 = 22.765: half up gives 22.77 (half even would give 22.76)
        assertThat(amount(property, null, "45.53")).isEqualTo(new BigDecimal("22.77"));
        FeeItem heating = item(4, FeeCategory.HEATING, FeeCycle.YEARLY, AmountRule.PER_AREA, "1.35");
        // 1.35 × 45.55 = 61.4925
        assertThat(amount(heating, null, "45.55")).isEqualTo(new BigDecimal("61.49"));
    }

    @Test
    void fixedAndMeteredFeesKeepTheCatalogueAmount() {
        FeeItem parking = item(5, FeeCategory.PARKING, FeeCycle.MONTHLY, AmountRule.FIXED, "150");
        assertThat(amount(parking, null, "45.50")).isEqualTo(new BigDecimal("150.00"));
        FeeItem water = item(6, FeeCategory.WATER, FeeCycle.METERED, AmountRule.METERED, "3.5");
        assertThat(amount(water, null, "80.00")).as("a unit price, not multiplied by the area")
                .isEqualTo(new BigDecimal("3.50"));
    }

    @Test
    void rentAndDepositTakeTheLeasesAmounts() {
        FeeItem rent = item(1, FeeCategory.RENT, FeeCycle.MONTHLY, AmountRule.FIXED, "999.00");
        FeeItem deposit = item(2, FeeCategory.DEPOSIT, FeeCycle.ONCE, AmountRule.FIXED, "1.00");
        assertThat(amount(rent, null, "45.50")).isEqualTo(new BigDecimal("800.00"));
        assertThat(amount(rent, new BigDecimal("10.00"), "45.50")).as("not even a per-lease amount")
                .isEqualTo(new BigDecimal("800.00"));
        assertThat(amount(deposit, null, "45.50")).isEqualTo(new BigDecimal("1600.00"));
    }

    @Test
    void anAmountSetForTheLeaseWins() {
        FeeItem property = item(3, FeeCategory.PROPERTY, FeeCycle.MONTHLY, AmountRule.PER_AREA, "1.50");
        assertThat(amount(property, new BigDecimal("60"), "45.50")).isEqualTo(new BigDecimal("60.00"));
    }

    @Test
    void theLeaseKeepsACopyOfTheCatalogueItem() {
        FeeItem property = item(3, FeeCategory.PROPERTY, FeeCycle.MONTHLY, AmountRule.PER_AREA, "1.50");
        LeaseFee f = LeaseService.fee(property, null, TERMS, unit("45.50"));
        assertThat(f).isEqualTo(new LeaseFee(3, "费用3", FeeCategory.PROPERTY, FeeCycle.MONTHLY, new BigDecimal("68.25")));
        property.define(new FeeItem.Definition("F3", "物业费（新）", FeeCategory.PROPERTY, FeeCycle.MONTHLY,
                AmountRule.PER_AREA, new BigDecimal("2.00"), null, true), Fixtures.T0);
        assertThat(f.amount()).as("a later catalogue change does not rewrite the lease").isEqualTo(new BigDecimal("68.25"));
        assertThat(f.name()).isEqualTo("费用3");
    }

    private static LeaseType standard(int months) {
        LeaseType t = new LeaseType("STANDARD", Fixtures.T0);
        t.define("STANDARD", "公租房标准合同", "STANDARD", months, true,
                List.of(new ApprovalStep(1, "合同审批", List.of("lease_approver"), StepMode.ANY)), Fixtures.T0);
        return t;
    }

    private static Commands.LeaseInput input(LocalDate start, LocalDate end, String rent) {
        return new Commands.LeaseInput(1L, 11L, null, start, end, new BigDecimal(rent), new BigDecimal("1600"), "  ", null);
    }

    @Test
    void withoutAnEndTheLeaseRunsForItsTypesTerm() {
        Lease.Terms t = LeaseService.terms(input(LocalDate.of(2026, 9, 1), null, "800"), standard(36));
        assertThat(t.endDate()).isEqualTo(LocalDate.of(2029, 8, 31));
        assertThat(t.monthlyRent()).isEqualTo(new BigDecimal("800.00"));
        assertThat(t.deposit()).isEqualTo(new BigDecimal("1600.00"));
        assertThat(t.rentCategory()).as("blank is none").isNull();
        assertThat(LeaseService.terms(input(LocalDate.of(2026, 10, 15), null, "800"), standard(12)).endDate())
                .isEqualTo(LocalDate.of(2027, 10, 14));
    }

    @Test
    void anEndNotAfterTheStartOrBeyondTenYearsIsRefused() {
        assertThat(endDateProblem(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1))).isEqualTo("leasing.validation.endDate");
        assertThat(endDateProblem(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 1))).isEqualTo("leasing.validation.endDate");
        assertThat(endDateProblem(LocalDate.of(2026, 9, 1), LocalDate.of(2036, 9, 2)))
                .isEqualTo("leasing.validation.endDate.tooLong");
        assertThat(LeaseService.terms(input(LocalDate.of(2026, 9, 1), LocalDate.of(2036, 9, 1), "800"), standard(36))
                .endDate()).as("exactly ten years").isEqualTo(LocalDate.of(2036, 9, 1));
    }

    private static String endDateProblem(LocalDate start, LocalDate end) {
        try {
            LeaseService.terms(input(start, end, "800"), standard(36));
        } catch (ProblemException e) {
            assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("endDate"));
            return e.violations().get(0).messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void rentIsRoundedToTheFen() {
        assertThat(LeaseService.terms(input(LocalDate.of(2026, 9, 1), null, "800.005"), standard(36)).monthlyRent())
                .isEqualTo(new BigDecimal("800.01"));
        assertThatThrownBy(() -> LeaseService.terms(input(LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), "800"),
                standard(36))).isInstanceOf(ProblemException.class);
    }
}
