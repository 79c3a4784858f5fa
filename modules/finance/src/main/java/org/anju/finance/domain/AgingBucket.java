package org.anju.finance.domain;

/** Arrears by how long they are overdue (R6.4d): 1–30, 31–90, 91–180 and more than 180 days. */
public enum AgingBucket {
    CURRENT, D1_30, D31_90, D91_180, OVER_180;

    public static AgingBucket of(long daysOverdue) {
        if (daysOverdue <= 0) {
            return CURRENT;
        }
        if (daysOverdue <= 30) {
            return D1_30;
        }
        if (daysOverdue <= 90) {
            return D31_90;
        }
        return daysOverdue <= 180 ? D91_180 : OVER_180;
    }
}
