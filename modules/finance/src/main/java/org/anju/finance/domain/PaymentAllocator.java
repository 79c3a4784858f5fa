package org.anju.finance.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Spreads a payment over open bills, oldest period first (then lowest id); what is left becomes credit on the lease,
 * used by the next bills. A partial payment leaves the oldest bill partly paid, never a newer one.
 */
public final class PaymentAllocator {

    private PaymentAllocator() {
    }

    /** A bill still owing {@code outstanding}. */
    public record Open(long billId, String period, BigDecimal outstanding) {
    }

    /** What goes to which bill, and the credit left. */
    public record Result(List<Share> shares, BigDecimal credit) {
    }

    /** An amount applied to a bill. */
    public record Share(long billId, BigDecimal amount) {
    }

    public static Result allocate(BigDecimal amount, List<Open> open) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive");
        }
        List<Open> ordered = new ArrayList<>(open);
        ordered.sort(Comparator.comparing(Open::period).thenComparingLong(Open::billId));
        BigDecimal left = Money.fen(amount);
        List<Share> shares = new ArrayList<>();
        for (Open o : ordered) {
            if (left.signum() == 0) {
                break;
            }
            if (o.outstanding().signum() <= 0) {
                continue;
            }
            BigDecimal applied = Money.min(left, o.outstanding());
            shares.add(new Share(o.billId(), applied));
            left = left.subtract(applied);
        }
        return new Result(List.copyOf(shares), left);
    }
}
