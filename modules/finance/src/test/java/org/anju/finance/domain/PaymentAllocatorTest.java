package org.anju.finance.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Partial payments pay the oldest bill first; overpayment is credit. */
class PaymentAllocatorTest {

    private static final List<PaymentAllocator.Open> OPEN = List.of(
            new PaymentAllocator.Open(3, "2026-11", new BigDecimal("700.00")),
            new PaymentAllocator.Open(1, "2026-09", new BigDecimal("700.00")),
            new PaymentAllocator.Open(2, "2026-10", new BigDecimal("200.00")));

    @Test
    void aPartialPaymentGoesToTheOldestBillsFirst() {
        PaymentAllocator.Result r = PaymentAllocator.allocate(new BigDecimal("800"), OPEN);
        assertThat(r.shares()).containsExactly(new PaymentAllocator.Share(1, new BigDecimal("700.00")),
                new PaymentAllocator.Share(2, new BigDecimal("100.00")));
        assertThat(r.credit()).isEqualByComparingTo("0");
    }

    @Test
    void anOverpaymentBecomesCredit() {
        PaymentAllocator.Result r = PaymentAllocator.allocate(new BigDecimal("2000.00"), OPEN);
        assertThat(r.shares()).hasSize(3);
        assertThat(r.credit()).isEqualTo(new BigDecimal("400.00"));
    }

    @Test
    void nothingOpenMeansAllCreditAndNonPositiveAmountsAreRefused() {
        assertThat(PaymentAllocator.allocate(new BigDecimal("50"), List.of()).credit()).isEqualTo(new BigDecimal("50.00"));
        assertThatThrownBy(() -> PaymentAllocator.allocate(BigDecimal.ZERO, OPEN)).isInstanceOf(IllegalArgumentException.class);
    }
}
