package org.anju.finance.infrastructure;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.anju.finance.domain.BillFilter;
import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.LedgerKind;
import org.anju.finance.domain.Payment;
import org.anju.finance.domain.RentAdjustment;
import org.anju.finance.domain.RentRule;
import org.anju.finance.domain.RentStandard;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;

/**
 * Finance persistence in the operator's schema: JPA for rent standards, rules, lease accounts, adjustments and
 * payments; set-based SQL for billing (one statement per step for a whole period, so 100,000 leases bill in seconds)
 * and for the append-only ledger.
 */
@ApplicationScoped
public class FinanceStore {

    /** A bill as read back. */
    public record BillRow(long id, String number, long leaseId, long householdId, long projectId, String period,
                          LocalDate dueDate, BigDecimal amount, BigDecimal paid, String status, Instant pushedAt,
                          Instant createdAt) {
    }

    /** A line of a bill. */
    public record LineRow(long billId, int lineNo, String category, String name, BigDecimal amount) {
    }

    /** A ledger entry as read back. */
    public record EntryRow(long id, Instant postedAt, String month, String kind, long leaseId, Long billId,
                           Long paymentId, Long reversesId, BigDecimal amount, String memo, String actor) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    // ---- rent standards, rules, accounts, adjustments, payments (JPA)

    public List<RentStandard> standards(Long projectId, Integer year) {
        return em.createQuery("SELECT s FROM RentStandard s WHERE (:p IS NULL OR s.projectId = :p) "
                        + "AND (:y IS NULL OR s.year = :y) ORDER BY s.year DESC, s.projectId", RentStandard.class)
                .setParameter("p", projectId).setParameter("y", year).getResultList();
    }

    public Optional<RentStandard> standard(long projectId, int year) {
        return em.createQuery("SELECT s FROM RentStandard s WHERE s.projectId = :p AND s.year = :y", RentStandard.class)
                .setParameter("p", projectId).setParameter("y", year).getResultStream().findFirst();
    }

    public Optional<RentStandard> standard(long id) {
        return Optional.ofNullable(em.find(RentStandard.class, id));
    }

    public List<RentRule> rules() {
        return em.createQuery("SELECT r FROM RentRule r ORDER BY r.category", RentRule.class).getResultList();
    }

    public Optional<RentRule> rule(String category) {
        return em.createQuery("SELECT r FROM RentRule r WHERE r.category = :c", RentRule.class)
                .setParameter("c", category).getResultStream().findFirst();
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public Optional<LeaseAccount> account(long leaseId) {
        return Optional.ofNullable(em.find(LeaseAccount.class, leaseId));
    }

    public Optional<LeaseAccount> accountForUpdate(long leaseId) {
        return Optional.ofNullable(em.find(LeaseAccount.class, leaseId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<LeaseAccount> accountsOfHousehold(long householdId) {
        return em.createQuery("SELECT a FROM LeaseAccount a WHERE a.householdId = :h ORDER BY a.startDate DESC",
                LeaseAccount.class).setParameter("h", householdId).getResultList();
    }

    public List<LeaseAccount> activeAccounts(Long projectId) {
        return em.createQuery("SELECT a FROM LeaseAccount a WHERE a.active = true AND (:p IS NULL OR a.projectId = :p) "
                + "ORDER BY a.leaseId", LeaseAccount.class).setParameter("p", projectId).getResultList();
    }

    public void replaceFees(long leaseId, List<Object[]> fees) {
        em.createNativeQuery("DELETE FROM lease_account_fee WHERE lease_id = ?1").setParameter(1, leaseId).executeUpdate();
        for (Object[] f : fees) {
            em.createNativeQuery("INSERT INTO lease_account_fee (lease_id, fee_item_id, name, category, cycle, amount) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, leaseId).setParameter(2, f[0]).setParameter(3, f[1]).setParameter(4, f[2])
                    .setParameter(5, f[3]).setParameter(6, f[4]).executeUpdate();
        }
    }

    public Optional<RentAdjustment> adjustment(long id) {
        return Optional.ofNullable(em.find(RentAdjustment.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<RentAdjustment> adjustments(Long leaseId, String status) {
        return em.createQuery("SELECT a FROM RentAdjustment a WHERE (:l IS NULL OR a.leaseId = :l) "
                        + "AND (:s IS NULL OR CAST(a.status AS string) = :s) ORDER BY a.requestedAt DESC, a.id DESC",
                        RentAdjustment.class)
                .setParameter("l", leaseId).setParameter("s", status).setMaxResults(500).getResultList();
    }

    public Optional<Payment> paymentByOrder(String orderNo, boolean lock) {
        List<Payment> found = em.createQuery("SELECT p FROM Payment p WHERE p.orderNo = :o", Payment.class)
                .setParameter("o", orderNo)
                .setLockMode(lock ? LockModeType.PESSIMISTIC_WRITE : LockModeType.NONE)
                .getResultList();
        return found.stream().findFirst();
    }

    public Optional<Payment> payment(long id) {
        return Optional.ofNullable(em.find(Payment.class, id));
    }

    public Optional<Payment> paymentByReceipt(String receiptNo) {
        return em.createQuery("SELECT p FROM Payment p WHERE p.receiptNo = :r", Payment.class)
                .setParameter("r", receiptNo).getResultStream().findFirst();
    }

    public List<Payment> paymentsOfLeases(List<Long> leaseIds, int limit) {
        if (leaseIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p FROM Payment p WHERE p.leaseId IN :l ORDER BY p.createdAt DESC, p.id DESC",
                Payment.class).setParameter("l", leaseIds).setMaxResults(limit).getResultList();
    }

    public Page<Payment> payments(Long leaseId, String channel, String status, PageRequest page) {
        String where = " WHERE (:l IS NULL OR p.leaseId = :l) AND (:c IS NULL OR CAST(p.channel AS string) = :c)"
                + " AND (:s IS NULL OR CAST(p.status AS string) = :s)";
        List<Payment> items = em.createQuery("SELECT p FROM Payment p" + where + " ORDER BY p.createdAt DESC, p.id DESC",
                        Payment.class)
                .setParameter("l", leaseId).setParameter("c", channel).setParameter("s", status)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = em.createQuery("SELECT COUNT(p) FROM Payment p" + where, Long.class)
                .setParameter("l", leaseId).setParameter("c", channel).setParameter("s", status).getSingleResult();
        return new Page<>(items, total, page.page(), page.size());
    }

    // ---- settings

    public int dueDay() {
        return ((Number) em.createNativeQuery("SELECT due_day FROM finance_settings WHERE id = 1").getSingleResult()).intValue();
    }

    public String dunningOffsets() {
        return (String) em.createNativeQuery("SELECT dunning_offsets FROM finance_settings WHERE id = 1").getSingleResult();
    }

    public boolean smsBills() {
        return (Boolean) em.createNativeQuery("SELECT sms_bills FROM finance_settings WHERE id = 1").getSingleResult();
    }

    public void saveSettings(int dueDay, String dunningOffsets, boolean smsBills) {
        em.createNativeQuery("UPDATE finance_settings SET due_day = ?1, dunning_offsets = ?2, sms_bills = ?3, version = version + 1 "
                        + "WHERE id = 1").setParameter(1, dueDay).setParameter(2, dunningOffsets).setParameter(3, smsBills).executeUpdate();
    }

    // ---- billing runs (set-based)

    public long startRun(String period, String actor) {
        long id = ((Number) em.createNativeQuery("SELECT nextval('billing_run_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO billing_run (id, period, status, actor, started_at) VALUES (?1, ?2, 'RUNNING', ?3, now())")
                .setParameter(1, id).setParameter(2, period).setParameter(3, actor).executeUpdate();
        return id;
    }

    public void finishRun(long runId, String status, int leases, int created, BigDecimal amount, String failure) {
        em.createNativeQuery("UPDATE billing_run SET status = ?2, leases = ?3, created = ?4, amount = ?5, failure = ?6, "
                        + "finished_at = now() WHERE id = ?1")
                .setParameter(1, runId).setParameter(2, status).setParameter(3, leases).setParameter(4, created)
                .setParameter(5, amount).setParameter(6, failure).executeUpdate();
    }

    public List<Object[]> runs(int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, period, status, leases, created, amount, failure, actor, "
                + "started_at, finished_at FROM billing_run ORDER BY id DESC").setMaxResults(limit).getResultList();
        return rows;
    }

    public Object[] run(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, period, status, leases, created, amount, failure, actor, "
                + "started_at, finished_at FROM billing_run WHERE id = ?1").setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** How many leases the period touches (billed already or not). */
    public int billableLeases(YearMonth period) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM lease_account a WHERE a.start_date <= ?1 "
                        + "AND COALESCE(a.billing_until, a.end_date) >= ?2")
                .setParameter(1, Date.valueOf(period.atEndOfMonth())).setParameter(2, Date.valueOf(period.atDay(1)))
                .getSingleResult()).intValue();
    }

    /**
     * Issues the period's bills in four statements: one bill per lease the term touches, due on the operator's due day
     * (or the lease's first day, if later) (ON CONFLICT: a lease billed already is skipped, which makes the run idempotent), the rent line pro-rated by days, the fee lines due this
     * period, then the totals. Returns how many bills this run created.
     */
    public int issueBills(long runId, YearMonth period, LocalDate dueDate) {
        Date start = Date.valueOf(period.atDay(1));
        Date end = Date.valueOf(period.atEndOfMonth());
        String p = period.toString();
        int created = em.createNativeQuery("INSERT INTO bill (id, number, lease_id, household_id, project_id, period, "
                        + "due_date, amount, paid, status, run_id, created_at) "
                        + "SELECT nextval('bill_seq'), 'B' || replace(?1, '-', '') || '-' || a.lease_id, a.lease_id, "
                        + "a.household_id, a.project_id, ?1, GREATEST(CAST(?2 AS date), a.start_date), 0, 0, 'OPEN', ?3, now() FROM lease_account a "
                        + "WHERE a.start_date <= ?4 AND COALESCE(a.billing_until, a.end_date) >= ?5 "
                        + "ON CONFLICT (lease_id, period) DO NOTHING")
                .setParameter(1, p).setParameter(2, Date.valueOf(dueDate)).setParameter(3, runId)
                .setParameter(4, end).setParameter(5, start).executeUpdate();
        if (created == 0) {
            return 0;
        }
        // Rent: monthly rent × days covered ÷ days in the month, rounded once half up (PostgreSQL round on numeric).
        em.createNativeQuery("INSERT INTO bill_line (bill_id, line_no, category, name, amount) "
                        + "SELECT b.id, 1, 'RENT', '租金', round(a.monthly_rent * "
                        + "((LEAST(COALESCE(a.billing_until, a.end_date), CAST(?2 AS date)) - GREATEST(a.start_date, CAST(?1 AS date)) + 1)::numeric "
                        + "/ (CAST(?2 AS date) - CAST(?1 AS date) + 1)), 2) "
                        + "FROM bill b JOIN lease_account a ON a.lease_id = b.lease_id WHERE b.run_id = ?3")
                .setParameter(1, start).setParameter(2, end).setParameter(3, runId).executeUpdate();
        // Fee items due this period (rent and deposit items are not fees; metered items bill from readings).
        em.createNativeQuery("INSERT INTO bill_line (bill_id, line_no, category, name, amount) "
                        + "SELECT b.id, 1 + row_number() OVER (PARTITION BY b.id ORDER BY f.fee_item_id), f.category, f.name, "
                        + "CASE WHEN f.cycle = 'MONTHLY' THEN round(f.amount * "
                        + "((LEAST(COALESCE(a.billing_until, a.end_date), CAST(?2 AS date)) - GREATEST(a.start_date, CAST(?1 AS date)) + 1)::numeric "
                        + "/ (CAST(?2 AS date) - CAST(?1 AS date) + 1)), 2) ELSE f.amount END "
                        + "FROM bill b JOIN lease_account a ON a.lease_id = b.lease_id "
                        + "JOIN lease_account_fee f ON f.lease_id = a.lease_id "
                        + "CROSS JOIN LATERAL (SELECT (EXTRACT(YEAR FROM CAST(?1 AS date)) * 12 + EXTRACT(MONTH FROM CAST(?1 AS date))) "
                        + "- (EXTRACT(YEAR FROM a.start_date) * 12 + EXTRACT(MONTH FROM a.start_date)) AS m) since "
                        + "WHERE b.run_id = ?3 AND f.category NOT IN ('RENT', 'DEPOSIT') AND since.m >= 0 AND ("
                        + "f.cycle = 'MONTHLY' OR (f.cycle = 'QUARTERLY' AND mod(since.m, 3) = 0) "
                        + "OR (f.cycle = 'YEARLY' AND mod(since.m, 12) = 0) OR (f.cycle = 'ONCE' AND since.m = 0))")
                .setParameter(1, start).setParameter(2, end).setParameter(3, runId).executeUpdate();
        em.createNativeQuery("UPDATE bill b SET amount = t.total, status = CASE WHEN t.total = 0 THEN 'PAID' ELSE 'OPEN' END "
                        + "FROM (SELECT l.bill_id, sum(l.amount) AS total FROM bill_line l JOIN bill x ON x.id = l.bill_id "
                        + "WHERE x.run_id = ?1 GROUP BY l.bill_id) t WHERE b.id = t.bill_id")
                .setParameter(1, runId).executeUpdate();
        return created;
    }

    /** One CHARGE entry per bill of the run (the partial unique index refuses a second charge of a bill). */
    public void chargeRun(long runId, String actor) {
        em.createNativeQuery("INSERT INTO ledger_entry (id, posted_at, month, kind, lease_id, household_id, project_id, "
                        + "bill_id, amount, memo, actor) SELECT nextval('ledger_entry_seq'), now(), b.period, 'CHARGE', "
                        + "b.lease_id, b.household_id, b.project_id, b.id, b.amount, b.number, ?2 FROM bill b "
                        + "WHERE b.run_id = ?1 AND b.amount > 0 ON CONFLICT DO NOTHING")
                .setParameter(1, runId).setParameter(2, actor).executeUpdate();
    }

    public BigDecimal runAmount(long runId) {
        Object v = em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM bill WHERE run_id = ?1").setParameter(1, runId)
                .getSingleResult();
        return (BigDecimal) v;
    }

    /** Bills of a run whose lease holds unallocated credit: they are paid from it at once. */
    public List<Long> runLeasesWithCredit(long runId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT DISTINCT b.lease_id FROM bill b WHERE b.run_id = ?1 AND b.amount > 0 "
                        + "AND EXISTS (SELECT 1 FROM payment p WHERE p.lease_id = b.lease_id AND p.status = 'PAID' AND p.amount > "
                        + "(SELECT COALESCE(sum(pa.amount), 0) FROM payment_allocation pa WHERE pa.payment_id = p.id) "
                        + "+ (SELECT COALESCE(sum(r.amount), 0) FROM payment_refund r WHERE r.payment_id = p.id))")
                .setParameter(1, runId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    /** Bills of a run with the users to tell (bill id, lease id, amount, period, due date). */
    public List<Object[]> runBills(long runId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, lease_id, household_id, amount, period, due_date, number "
                + "FROM bill WHERE run_id = ?1 AND amount > 0 ORDER BY id").setParameter(1, runId).getResultList();
        return rows;
    }

    public void markPushed(long runId, List<Long> householdIds) {
        if (householdIds.isEmpty()) {
            return;
        }
        em.createNativeQuery("UPDATE bill SET pushed_at = now() WHERE run_id = :run AND pushed_at IS NULL AND household_id IN (:h)")
                .setParameter("run", runId).setParameter("h", householdIds).executeUpdate();
    }

    // ---- bills

    private static final String BILL_COLUMNS = "id, number, lease_id, household_id, project_id, period, due_date, amount, "
            + "paid, status, pushed_at, created_at";

    public Page<BillRow> bills(BillFilter f, PageRequest page) {
        String where = " WHERE (CAST(?1 AS bigint) IS NULL OR lease_id = ?1) AND (CAST(?2 AS bigint) IS NULL OR household_id = ?2)"
                + " AND (CAST(?3 AS bigint) IS NULL OR project_id = ?3) AND (CAST(?4 AS varchar) IS NULL OR period = ?4)"
                + " AND (CAST(?5 AS varchar) IS NULL OR status = ?5)"
                + " AND (CAST(?6 AS boolean) IS NOT TRUE OR (status IN ('OPEN', 'PARTIAL') AND due_date < ?7))";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = bind(em.createNativeQuery("SELECT " + BILL_COLUMNS + " FROM bill" + where
                + " ORDER BY period DESC, id DESC"), f).setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = ((Number) bind(em.createNativeQuery("SELECT count(*) FROM bill" + where), f).getSingleResult()).longValue();
        List<BillRow> items = new ArrayList<>();
        for (Object[] r : rows) {
            items.add(bill(r));
        }
        return new Page<>(items, total, page.page(), page.size());
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query q, BillFilter f) {
        return q.setParameter(1, f.leaseId()).setParameter(2, f.householdId()).setParameter(3, f.projectId())
                .setParameter(4, f.period()).setParameter(5, f.status()).setParameter(6, f.overdueOnly())
                .setParameter(7, Date.valueOf(f.today()));
    }

    public Optional<BillRow> bill(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + BILL_COLUMNS + " FROM bill WHERE id = ?1")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(FinanceStore::bill);
    }

    public List<LineRow> lines(List<Long> billIds) {
        if (billIds.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT bill_id, line_no, category, name, amount FROM bill_line "
                + "WHERE bill_id IN (:ids) ORDER BY bill_id, line_no").setParameter("ids", billIds).getResultList();
        return rows.stream().map(r -> new LineRow(((Number) r[0]).longValue(), ((Number) r[1]).intValue(), (String) r[2],
                (String) r[3], (BigDecimal) r[4])).toList();
    }

    /** Open bills of a lease, oldest first, locked: a payment and a billing run never allocate the same bill twice. */
    public List<BillRow> openBillsForUpdate(long leaseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + BILL_COLUMNS + " FROM bill WHERE lease_id = ?1 "
                + "AND status IN ('OPEN', 'PARTIAL') ORDER BY period, id FOR UPDATE").setParameter(1, leaseId).getResultList();
        return rows.stream().map(FinanceStore::bill).toList();
    }

    public void applyToBill(long paymentId, long billId, BigDecimal amount) {
        em.createNativeQuery("INSERT INTO payment_allocation (payment_id, bill_id, amount) VALUES (?1, ?2, ?3) "
                        + "ON CONFLICT (payment_id, bill_id) DO UPDATE SET amount = payment_allocation.amount + EXCLUDED.amount")
                .setParameter(1, paymentId).setParameter(2, billId).setParameter(3, amount).executeUpdate();
        em.createNativeQuery("UPDATE bill SET paid = paid + ?2, status = CASE WHEN paid + ?2 >= amount THEN 'PAID' ELSE 'PARTIAL' END "
                + "WHERE id = ?1").setParameter(1, billId).setParameter(2, amount).executeUpdate();
    }

    /** What a payment has not yet paid off (its credit). */
    public BigDecimal unallocated(long paymentId) {
        return (BigDecimal) em.createNativeQuery("SELECT p.amount - COALESCE((SELECT sum(amount) FROM payment_allocation "
                + "WHERE payment_id = p.id), 0) - COALESCE((SELECT sum(amount) FROM payment_refund WHERE payment_id = p.id), 0) "
                + "FROM payment p WHERE p.id = ?1").setParameter(1, paymentId).getSingleResult();
    }

    /** Paid payments of a lease with credit left, oldest first. */
    public List<Long> paymentsWithCredit(long leaseId) {
        @SuppressWarnings("unchecked")
        List<Number> rows = em.createNativeQuery("SELECT p.id FROM payment p WHERE p.lease_id = ?1 AND p.status = 'PAID' "
                        + "AND p.amount > COALESCE((SELECT sum(amount) FROM payment_allocation WHERE payment_id = p.id), 0) "
                        + "+ COALESCE((SELECT sum(amount) FROM payment_refund WHERE payment_id = p.id), 0) "
                        + "ORDER BY p.paid_at, p.id FOR UPDATE")
                .setParameter(1, leaseId).getResultList();
        return rows.stream().map(Number::longValue).toList();
    }

    public List<Object[]> allocationsOf(long paymentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pa.bill_id, b.number, b.period, pa.amount FROM payment_allocation pa "
                + "JOIN bill b ON b.id = pa.bill_id WHERE pa.payment_id = ?1 ORDER BY b.period, b.id").setParameter(1, paymentId)
                .getResultList();
        return rows;
    }

    /** Records a refund of a payment's credit; false when the reference was used before (a retried refund). */
    public boolean refund(long paymentId, BigDecimal amount, String reference, String reason, String actor) {
        return em.createNativeQuery("INSERT INTO payment_refund (id, payment_id, amount, reference, reason, actor, refunded_at) "
                        + "VALUES (nextval('payment_refund_seq'), ?1, ?2, ?3, ?4, ?5, now()) ON CONFLICT (reference) DO NOTHING")
                .setParameter(1, paymentId).setParameter(2, amount).setParameter(3, reference).setParameter(4, reason)
                .setParameter(5, actor).executeUpdate() == 1;
    }

    /** (id, amount, reference, reason, actor, refunded at) of a payment's refunds. */
    public List<Object[]> refunds(long paymentId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, amount, reference, reason, actor, refunded_at FROM payment_refund "
                + "WHERE payment_id = ?1 ORDER BY id").setParameter(1, paymentId).getResultList();
        return rows;
    }

    // ---- ledger

    public void post(LedgerKind kind, LeaseAccount a, Long billId, Long paymentId, Long reversesId, BigDecimal amount,
                     String memo, String actor, Instant at) {
        em.createNativeQuery("INSERT INTO ledger_entry (id, posted_at, month, kind, lease_id, household_id, project_id, "
                        + "bill_id, payment_id, reverses_id, amount, memo, actor) VALUES (nextval('ledger_entry_seq'), ?1, ?2, ?3, "
                        + "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)")
                .setParameter(1, Timestamp.from(at)).setParameter(2, YearMonth.from(at.atZone(java.time.ZoneId.of("Asia/Shanghai"))).toString())
                .setParameter(3, kind.name()).setParameter(4, a.leaseId()).setParameter(5, a.householdId())
                .setParameter(6, a.projectId()).setParameter(7, billId).setParameter(8, paymentId)
                .setParameter(9, reversesId).setParameter(10, amount).setParameter(11, memo).setParameter(12, actor)
                .executeUpdate();
    }

    public List<EntryRow> entries(Long leaseId, Long householdId, String month, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE (CAST(?1 AS bigint) IS NULL OR lease_id = ?1) "
                        + "AND (CAST(?2 AS bigint) IS NULL OR household_id = ?2) AND (CAST(?3 AS varchar) IS NULL OR month = ?3) "
                        + "ORDER BY posted_at, id")
                .setParameter(1, leaseId).setParameter(2, householdId).setParameter(3, month).setMaxResults(limit).getResultList();
        return rows.stream().map(FinanceStore::entry).toList();
    }

    /** Sum of the ledger: what is owed (positive) or held as credit (negative). */
    public BigDecimal balance(Long leaseId, Long householdId) {
        return (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM ledger_entry "
                        + "WHERE (CAST(?1 AS bigint) IS NULL OR lease_id = ?1) AND (CAST(?2 AS bigint) IS NULL OR household_id = ?2)")
                .setParameter(1, leaseId).setParameter(2, householdId).getSingleResult();
    }

    /** Per project and month: charged, collected (positive), balance. */
    public List<Object[]> monthly(String month, Long projectId) {
        @SuppressWarnings("unchecked")
        // a reversal counts as the kind it reverses: a reversed charge is charged no more, a reversed payment not collected;
        // rent adjustments of issued bills change what was charged
        List<Object[]> rows = em.createNativeQuery("SELECT e.project_id, e.month, "
                        + "COALESCE(sum(e.amount) FILTER (WHERE COALESCE(o.kind, e.kind) IN ('CHARGE', 'ADJUSTMENT')), 0), "
                        + "-COALESCE(sum(e.amount) FILTER (WHERE COALESCE(o.kind, e.kind) = 'PAYMENT'), 0), COALESCE(sum(e.amount), 0) "
                        + "FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.reverses_id "
                        + "WHERE (CAST(?1 AS varchar) IS NULL OR e.month = ?1) AND (CAST(?2 AS bigint) IS NULL OR e.project_id = ?2) "
                        + "GROUP BY e.project_id, e.month ORDER BY e.month DESC, e.project_id")
                .setParameter(1, month).setParameter(2, projectId).getResultList();
        return rows;
    }

    private static final String ENTRY_COLUMNS = "id, posted_at, month, kind, lease_id, bill_id, payment_id, reverses_id, amount, "
            + "memo, actor";

    public Optional<EntryRow> entry(long id) {
        return entryWhere("id = ?1", id);
    }

    /** The entry that reversed this one, if any (an entry is reversed at most once: unique index on reverses_id). */
    public Optional<EntryRow> reversalOf(long entryId) {
        return entryWhere("reverses_id = ?1", entryId);
    }

    /** The latest WRITE_OFF of a bill that no reversal has taken back. */
    public Optional<EntryRow> standingWriteOff(long billId) {
        return entryWhere("bill_id = ?1 AND kind = 'WRITE_OFF' AND NOT EXISTS (SELECT 1 FROM ledger_entry r "
                + "WHERE r.reverses_id = ledger_entry.id) ORDER BY id DESC LIMIT 1", billId);
    }

    private Optional<EntryRow> entryWhere(String where, long param) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + ENTRY_COLUMNS + " FROM ledger_entry WHERE " + where)
                .setParameter(1, param).getResultList();
        return rows.stream().findFirst().map(FinanceStore::entry);
    }

    private static EntryRow entry(Object[] r) {
        return new EntryRow(((Number) r[0]).longValue(), instant(r[1]), (String) r[2], (String) r[3],
                ((Number) r[4]).longValue(), longOrNull(r[5]), longOrNull(r[6]), longOrNull(r[7]), (BigDecimal) r[8],
                (String) r[9], (String) r[10]);
    }

    // ---- corrections

    /** One bill, locked: a write-off, a reversal and a payment never change the same bill at once. */
    public Optional<BillRow> billForUpdate(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + BILL_COLUMNS + " FROM bill WHERE id = ?1 FOR UPDATE")
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(FinanceStore::bill);
    }

    public void billStatus(long billId, String status) {
        em.createNativeQuery("UPDATE bill SET status = ?2 WHERE id = ?1").setParameter(1, billId).setParameter(2, status)
                .executeUpdate();
    }

    /** A bill whose write-off was reversed owes again what was not paid. */
    public void reopenBill(long billId) {
        em.createNativeQuery("UPDATE bill SET status = CASE WHEN paid = 0 THEN 'OPEN' WHEN paid >= amount THEN 'PAID' "
                + "ELSE 'PARTIAL' END WHERE id = ?1").setParameter(1, billId).executeUpdate();
    }

    /**
     * Takes back what a reversed payment paid on its bills. The allocation rows stay as the history of what the payment
     * once paid; nothing reads allocations of a payment that is not PAID as money held or paid.
     */
    public void unallocate(long paymentId) {
        em.createNativeQuery("UPDATE bill b SET paid = b.paid - pa.amount, status = CASE WHEN b.paid - pa.amount = 0 THEN 'OPEN' "
                + "ELSE 'PARTIAL' END FROM payment_allocation pa WHERE pa.payment_id = ?1 AND pa.bill_id = b.id")
                .setParameter(1, paymentId).executeUpdate();
    }

    /** Statuses of the bills a payment paid something on. */
    public List<String> allocatedBillStatuses(long paymentId) {
        @SuppressWarnings("unchecked")
        List<String> rows = em.createNativeQuery("SELECT DISTINCT b.status FROM payment_allocation pa JOIN bill b ON b.id = pa.bill_id "
                + "WHERE pa.payment_id = ?1").setParameter(1, paymentId).getResultList();
        return rows;
    }

    // ---- retroactive rent adjustments

    /** Bills of a lease from a period on that still count (not written off, not cancelled), locked. */
    public List<BillRow> billsFromForUpdate(long leaseId, String period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + BILL_COLUMNS + " FROM bill WHERE lease_id = ?1 AND period >= ?2 "
                + "AND status IN ('OPEN', 'PARTIAL', 'PAID') ORDER BY period, id FOR UPDATE").setParameter(1, leaseId)
                .setParameter(2, period).getResultList();
        return rows.stream().map(FinanceStore::bill).toList();
    }

    /** The rent the bill charged (its RENT lines, adjustments included). */
    public BigDecimal rentOfBill(long billId) {
        return (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM bill_line WHERE bill_id = ?1 AND category = 'RENT'")
                .setParameter(1, billId).getSingleResult();
    }

    /**
     * Adds a line to an issued bill and moves its total with it; the status follows what is paid against the new total.
     * A bill that was paid more than its new total gives the excess back to its payments first ({@link #giveBack}).
     */
    public void addLine(long billId, String category, String name, BigDecimal amount) {
        em.createNativeQuery("INSERT INTO bill_line (bill_id, line_no, category, name, amount) SELECT ?1, COALESCE(max(line_no), 0) + 1, "
                        + "?2, ?3, ?4 FROM bill_line WHERE bill_id = ?1")
                .setParameter(1, billId).setParameter(2, category).setParameter(3, name).setParameter(4, amount).executeUpdate();
        em.createNativeQuery("UPDATE bill SET amount = amount + ?2, status = CASE WHEN paid >= amount + ?2 THEN 'PAID' "
                        + "WHEN paid = 0 THEN 'OPEN' ELSE 'PARTIAL' END WHERE id = ?1")
                .setParameter(1, billId).setParameter(2, amount).executeUpdate();
    }

    /**
     * Takes {@code excess} off what payments paid on a bill, latest payment first: it becomes those payments' credit
     * again (what a payment has not paid off), to be applied to other bills or refunded.
     */
    public void giveBack(long billId, BigDecimal excess) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT pa.payment_id, pa.amount FROM payment_allocation pa JOIN payment p "
                + "ON p.id = pa.payment_id WHERE pa.bill_id = ?1 AND p.status = 'PAID' AND pa.amount > 0 ORDER BY p.paid_at DESC, p.id DESC")
                .setParameter(1, billId).getResultList();
        BigDecimal left = excess;
        for (Object[] r : rows) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min((BigDecimal) r[1]);
            em.createNativeQuery("UPDATE payment_allocation SET amount = amount - ?3 WHERE payment_id = ?1 AND bill_id = ?2")
                    .setParameter(1, ((Number) r[0]).longValue()).setParameter(2, billId).setParameter(3, take).executeUpdate();
            em.createNativeQuery("UPDATE bill SET paid = paid - ?2 WHERE id = ?1").setParameter(1, billId).setParameter(2, take)
                    .executeUpdate();
            left = left.subtract(take);
        }
    }

    // ---- daily reconciliation

    /** Per channel, paid between from and to: (channel, count, sum) from the payments themselves. */
    public List<Object[]> paidByChannel(Instant from, Instant to) {
        return window("SELECT channel, count(*), COALESCE(sum(amount), 0) FROM payment WHERE status IN ('PAID', 'REVERSED') "
                + "AND paid_at >= ?1 AND paid_at < ?2 GROUP BY channel", from, to);
    }

    /**
     * Per channel, what the ledger says for the window: (channel, payments posted count, payments posted sum, refunds sum,
     * reversed payments sum). Amounts as money in (positive).
     */
    public List<Object[]> postedByChannel(Instant from, Instant to) {
        return window("SELECT p.channel, count(*) FILTER (WHERE e.kind = 'PAYMENT'), "
                + "COALESCE(-sum(e.amount) FILTER (WHERE e.kind = 'PAYMENT'), 0), "
                + "COALESCE(sum(e.amount) FILTER (WHERE e.kind = 'REFUND'), 0), "
                + "COALESCE(sum(e.amount) FILTER (WHERE e.kind = 'REVERSAL'), 0) "
                + "FROM ledger_entry e JOIN payment p ON p.id = e.payment_id WHERE e.posted_at >= ?1 AND e.posted_at < ?2 "
                + "GROUP BY p.channel", from, to);
    }

    /** Ledger movements of the window per kind: (kind, count, sum). */
    public List<Object[]> movementsByKind(Instant from, Instant to) {
        return window("SELECT kind, count(*), sum(amount) FROM ledger_entry WHERE posted_at >= ?1 AND posted_at < ?2 "
                + "GROUP BY kind ORDER BY kind", from, to);
    }

    public BigDecimal ledgerBalanceBefore(Instant at) {
        return (BigDecimal) em.createNativeQuery("SELECT COALESCE(sum(amount), 0) FROM ledger_entry WHERE posted_at < ?1")
                .setParameter(1, Timestamp.from(at)).getSingleResult();
    }

    /** Payments paid in the window that have no PAYMENT entry: (order no, channel, amount, paid at). Never expected. */
    public List<Object[]> paidNotPosted(Instant from, Instant to) {
        return window("SELECT p.order_no, p.channel, p.amount, p.paid_at FROM payment p WHERE p.status IN ('PAID', 'REVERSED') "
                + "AND p.paid_at >= ?1 AND p.paid_at < ?2 AND NOT EXISTS (SELECT 1 FROM ledger_entry e "
                + "WHERE e.payment_id = p.id AND e.kind = 'PAYMENT') ORDER BY p.paid_at", from, to);
    }

    /** PAYMENT entries of the window whose amount differs from their payment's: (order no, channel, payment, posted). */
    public List<Object[]> postedMismatch(Instant from, Instant to) {
        return window("SELECT p.order_no, p.channel, p.amount, -e.amount FROM ledger_entry e JOIN payment p ON p.id = e.payment_id "
                + "WHERE e.kind = 'PAYMENT' AND e.posted_at >= ?1 AND e.posted_at < ?2 AND (p.amount <> -e.amount "
                + "OR p.status NOT IN ('PAID', 'REVERSED')) ORDER BY e.id", from, to);
    }

    /** Online orders created in the window still waiting for their channel 30 minutes on: (order no, channel, amount, created). */
    public List<Object[]> pendingOrders(Instant from, Instant to, Instant olderThan) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT order_no, channel, amount, created_at FROM payment WHERE status = 'CREATED' "
                        + "AND created_at >= ?1 AND created_at < ?2 AND created_at < ?3 ORDER BY created_at")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to))
                .setParameter(3, Timestamp.from(olderThan)).getResultList();
        return rows;
    }

    /** Callbacks received in the window that did not post: (channel, order no, verified, outcome, reason, received at). */
    public List<Object[]> troubledCallbacks(Instant from, Instant to) {
        return window("SELECT channel, order_no, verified, outcome, reason, received_at FROM payment_callback "
                + "WHERE received_at >= ?1 AND received_at < ?2 AND (NOT verified OR outcome IN ('UNKNOWN_ORDER', 'AMOUNT_MISMATCH')) "
                + "ORDER BY id", from, to);
    }

    /** Callbacks of the window: (received, verified, posted, duplicates, refused). */
    public Object[] callbackCounts(Instant from, Instant to) {
        return (Object[]) em.createNativeQuery("SELECT count(*), count(*) FILTER (WHERE verified), "
                        + "count(*) FILTER (WHERE outcome = 'PAID'), count(*) FILTER (WHERE outcome = 'DUPLICATE'), "
                        + "count(*) FILTER (WHERE NOT verified) FROM payment_callback WHERE received_at >= ?1 AND received_at < ?2")
                .setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to)).getSingleResult();
    }

    private List<Object[]> window(String sql, Instant from, Instant to) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).setParameter(1, Timestamp.from(from)).setParameter(2, Timestamp.from(to))
                .getResultList();
        return rows;
    }

    // ---- arrears and dunning

    /** Leases with overdue bills: amounts per aging bucket, total, oldest due date, highest dunning level sent. */
    public List<Object[]> arrears(LocalDate today, Long projectId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.lease_id, a.lease_number, a.household_id, a.payer_name, a.unit_label, "
                        + "a.project_id, "
                        + "COALESCE(sum(b.amount - b.paid) FILTER (WHERE CAST(?1 AS date) - b.due_date BETWEEN 1 AND 30), 0), "
                        + "COALESCE(sum(b.amount - b.paid) FILTER (WHERE CAST(?1 AS date) - b.due_date BETWEEN 31 AND 90), 0), "
                        + "COALESCE(sum(b.amount - b.paid) FILTER (WHERE CAST(?1 AS date) - b.due_date BETWEEN 91 AND 180), 0), "
                        + "COALESCE(sum(b.amount - b.paid) FILTER (WHERE CAST(?1 AS date) - b.due_date > 180), 0), "
                        + "sum(b.amount - b.paid), min(b.due_date), "
                        + "(SELECT max(d.level) FROM dunning_notice d WHERE d.lease_id = b.lease_id) "
                        + "FROM bill b JOIN lease_account a ON a.lease_id = b.lease_id "
                        + "WHERE b.status IN ('OPEN', 'PARTIAL') AND b.due_date < CAST(?1 AS date) "
                        + "AND (CAST(?2 AS bigint) IS NULL OR b.project_id = ?2) "
                        + "GROUP BY b.lease_id, a.lease_number, a.household_id, a.payer_name, a.unit_label, a.project_id "
                        + "ORDER BY sum(b.amount - b.paid) DESC, b.lease_id")
                .setParameter(1, Date.valueOf(today)).setParameter(2, projectId).getResultList();
        return rows;
    }

    /** The oldest overdue bill of a lease (id, due date). */
    public Optional<Object[]> oldestOverdue(long leaseId, LocalDate today) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, due_date FROM bill WHERE lease_id = ?1 AND status IN ('OPEN', 'PARTIAL') "
                        + "AND due_date < ?2 ORDER BY due_date, id").setParameter(1, leaseId).setParameter(2, Date.valueOf(today))
                .setMaxResults(1).getResultList();
        return rows.stream().findFirst();
    }

    /** Records a dunning notice unless one of this level was sent for this bill; true when recorded now. */
    public boolean recordDunning(long leaseId, long householdId, long billId, int level, int offset, int days, BigDecimal amount,
                                 String channels, String title, String body) {
        return em.createNativeQuery("INSERT INTO dunning_notice (id, lease_id, household_id, bill_id, level, offset_days, "
                        + "days_overdue, amount, channels, title, body, sent_at) VALUES (nextval('dunning_notice_seq'), ?1, ?2, ?3, "
                        + "?4, ?5, ?6, ?7, ?8, ?9, ?10, now()) ON CONFLICT (bill_id, level) DO NOTHING")
                .setParameter(1, leaseId).setParameter(2, householdId).setParameter(3, billId).setParameter(4, level)
                .setParameter(5, offset).setParameter(6, days).setParameter(7, amount).setParameter(8, channels)
                .setParameter(9, title).setParameter(10, body).executeUpdate() == 1;
    }

    public List<Object[]> dunning(Long leaseId, Long householdId, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, lease_id, bill_id, level, offset_days, days_overdue, amount, channels, "
                        + "title, body, sent_at FROM dunning_notice WHERE (CAST(?1 AS bigint) IS NULL OR lease_id = ?1) "
                        + "AND (CAST(?2 AS bigint) IS NULL OR household_id = ?2) ORDER BY sent_at DESC, id DESC")
                .setParameter(1, leaseId).setParameter(2, householdId).setMaxResults(limit).getResultList();
        return rows;
    }

    /** Whether the period already has a finished run (the daily job bills each month once). */
    public boolean billed(String period) {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM billing_run WHERE period = ?1 AND status = 'DONE'")
                .setParameter(1, period).getSingleResult()).intValue() > 0;
    }

    // ---- direct debit

    public void putMandate(long leaseId, String bank, String holder, String sealed, String last4, LocalDate signedOn) {
        em.createNativeQuery("INSERT INTO debit_mandate (lease_id, bank_name, account_holder, account_no_sealed, account_last4, "
                        + "signed_on, active, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, true, now(), now()) "
                        + "ON CONFLICT (lease_id) DO UPDATE SET bank_name = EXCLUDED.bank_name, account_holder = EXCLUDED.account_holder, "
                        + "account_no_sealed = EXCLUDED.account_no_sealed, account_last4 = EXCLUDED.account_last4, "
                        + "signed_on = EXCLUDED.signed_on, active = true, updated_at = now()")
                .setParameter(1, leaseId).setParameter(2, bank).setParameter(3, holder).setParameter(4, sealed)
                .setParameter(5, last4).setParameter(6, Date.valueOf(signedOn)).executeUpdate();
    }

    public int revokeMandate(long leaseId) {
        return em.createNativeQuery("UPDATE debit_mandate SET active = false, updated_at = now() WHERE lease_id = ?1 AND active")
                .setParameter(1, leaseId).executeUpdate();
    }

    /** (lease id, bank, holder, sealed account, last4, signed on, active). */
    public Optional<Object[]> mandate(long leaseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT lease_id, bank_name, account_holder, account_no_sealed, account_last4, "
                + "signed_on, active FROM debit_mandate WHERE lease_id = ?1").setParameter(1, leaseId).getResultList();
        return rows.stream().findFirst();
    }

    /** Sealed account numbers, for re-sealing after a key rotation. */
    public List<Object[]> sealedMandates() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT lease_id, account_no_sealed FROM debit_mandate").getResultList();
        return rows;
    }

    public void resealMandate(long leaseId, String sealed) {
        em.createNativeQuery("UPDATE debit_mandate SET account_no_sealed = ?2 WHERE lease_id = ?1").setParameter(1, leaseId)
                .setParameter(2, sealed).executeUpdate();
    }

    /** Leases with an active mandate and what they owe on bills up to the period (lease id, amount). */
    public List<Object[]> debitable(String period) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT b.lease_id, sum(b.amount - b.paid) FROM bill b "
                + "JOIN debit_mandate m ON m.lease_id = b.lease_id AND m.active "
                + "WHERE b.status IN ('OPEN', 'PARTIAL') AND b.period <= ?1 "
                + "AND NOT EXISTS (SELECT 1 FROM debit_item i JOIN debit_batch d ON d.id = i.batch_id "
                + "WHERE i.lease_id = b.lease_id AND i.status = 'PENDING') "
                + "GROUP BY b.lease_id HAVING sum(b.amount - b.paid) > 0 ORDER BY b.lease_id").setParameter(1, period).getResultList();
        return rows;
    }

    public long createBatch(String period, int items, BigDecimal total, String actor) {
        long id = ((Number) em.createNativeQuery("SELECT nextval('debit_batch_seq')").getSingleResult()).longValue();
        em.createNativeQuery("INSERT INTO debit_batch (id, number, period, status, items, total, created_by, created_at) "
                        + "VALUES (?1, ?2, ?3, 'EXPORTED', ?4, ?5, ?6, now())")
                .setParameter(1, id).setParameter(2, "DD" + period.replace("-", "") + "-" + id).setParameter(3, period)
                .setParameter(4, items).setParameter(5, total).setParameter(6, actor).executeUpdate();
        return id;
    }

    public void addDebitItem(long batchId, int seq, long leaseId, BigDecimal amount) {
        em.createNativeQuery("INSERT INTO debit_item (batch_id, seq, lease_id, amount, status) VALUES (?1, ?2, ?3, ?4, 'PENDING')")
                .setParameter(1, batchId).setParameter(2, seq).setParameter(3, leaseId).setParameter(4, amount).executeUpdate();
    }

    /** (id, number, period, status, items, total, paid, failed, created_by, created_at, result_at). */
    public List<Object[]> batches(Long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, number, period, status, items, total, paid, failed, created_by, "
                        + "created_at, result_at FROM debit_batch WHERE (CAST(?1 AS bigint) IS NULL OR id = ?1) ORDER BY id DESC")
                .setParameter(1, id).setMaxResults(100).getResultList();
        return rows;
    }

    /** (seq, lease id, amount, status, reason, bank txn, payment id), locked when asked. */
    public List<Object[]> debitItems(long batchId, boolean lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT seq, lease_id, amount, status, reason, bank_txn, payment_id FROM debit_item "
                + "WHERE batch_id = ?1 ORDER BY seq" + (lock ? " FOR UPDATE" : "")).setParameter(1, batchId).getResultList();
        return rows;
    }

    public void settleDebitItem(long batchId, int seq, String status, String reason, String bankTxn, Long paymentId) {
        em.createNativeQuery("UPDATE debit_item SET status = ?3, reason = ?4, bank_txn = ?5, payment_id = ?6 WHERE batch_id = ?1 AND seq = ?2")
                .setParameter(1, batchId).setParameter(2, seq).setParameter(3, status).setParameter(4, reason)
                .setParameter(5, bankTxn).setParameter(6, paymentId).executeUpdate();
    }

    public void batchResult(long batchId) {
        em.createNativeQuery("UPDATE debit_batch d SET paid = (SELECT count(*) FROM debit_item WHERE batch_id = d.id AND status = 'PAID'), "
                + "failed = (SELECT count(*) FROM debit_item WHERE batch_id = d.id AND status = 'FAILED'), "
                + "status = CASE WHEN EXISTS (SELECT 1 FROM debit_item WHERE batch_id = d.id AND status = 'PENDING') THEN 'PARTLY_SETTLED' "
                + "ELSE 'SETTLED' END, result_at = now() WHERE id = ?1").setParameter(1, batchId).executeUpdate();
    }

    // ---- deposits

    private static final String DEPOSIT_COLUMNS = "lease_id, amount, status, method, receipt_no, received_at, move_out_on, "
            + "checklist, deductions, deducted, to_arrears, refund, settled_by, settled_at, refund_reference, refunded_at";

    public Optional<Object[]> deposit(long leaseId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT " + DEPOSIT_COLUMNS + " FROM deposit WHERE lease_id = ?1 FOR UPDATE")
                .setParameter(1, leaseId).getResultList();
        return rows.stream().findFirst();
    }

    public void receiveDeposit(long leaseId, BigDecimal amount, String method, String receiptNo) {
        em.createNativeQuery("INSERT INTO deposit (lease_id, amount, status, method, receipt_no, received_at) VALUES (?1, ?2, 'HELD', ?3, ?4, now()) "
                        + "ON CONFLICT (lease_id) DO UPDATE SET amount = EXCLUDED.amount, method = EXCLUDED.method, "
                        + "receipt_no = EXCLUDED.receipt_no, received_at = now(), version = deposit.version + 1")
                .setParameter(1, leaseId).setParameter(2, amount).setParameter(3, method).setParameter(4, receiptNo).executeUpdate();
    }

    public void requestSettlement(long leaseId, BigDecimal amount, LocalDate moveOutOn, String checklist) {
        em.createNativeQuery("INSERT INTO deposit (lease_id, amount, status, move_out_on, checklist) VALUES (?1, ?2, 'SETTLING', ?3, ?4) "
                        + "ON CONFLICT (lease_id) DO UPDATE SET status = CASE WHEN deposit.status = 'HELD' THEN 'SETTLING' ELSE deposit.status END, "
                        + "move_out_on = EXCLUDED.move_out_on, checklist = EXCLUDED.checklist, version = deposit.version + 1")
                .setParameter(1, leaseId).setParameter(2, amount).setParameter(3, Date.valueOf(moveOutOn))
                .setParameter(4, checklist == null ? null : checklist.length() > 2000 ? checklist.substring(0, 2000) : checklist)
                .executeUpdate();
    }

    public void settleDeposit(long leaseId, String deductions, BigDecimal deducted, BigDecimal toArrears, BigDecimal refund,
                              String actor, String status) {
        em.createNativeQuery("UPDATE deposit SET deductions = ?2, deducted = ?3, to_arrears = ?4, refund = ?5, settled_by = ?6, "
                        + "settled_at = now(), status = ?7, version = version + 1 WHERE lease_id = ?1")
                .setParameter(1, leaseId).setParameter(2, deductions).setParameter(3, deducted).setParameter(4, toArrears)
                .setParameter(5, refund).setParameter(6, actor).setParameter(7, status).executeUpdate();
    }

    public void refundDeposit(long leaseId, String reference) {
        em.createNativeQuery("UPDATE deposit SET status = 'REFUNDED', refund_reference = ?2, refunded_at = now(), version = version + 1 "
                + "WHERE lease_id = ?1").setParameter(1, leaseId).setParameter(2, reference).executeUpdate();
    }

    // ---- channel settings

    public void putChannel(String channel, String merchantId, String publicKeyPem, String apiKeySealed, boolean enabled, String actor) {
        em.createNativeQuery("INSERT INTO payment_channel_config (channel, merchant_id, public_key_pem, api_key_sealed, enabled, "
                        + "updated_by, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, now()) ON CONFLICT (channel) DO UPDATE SET "
                        + "merchant_id = EXCLUDED.merchant_id, public_key_pem = EXCLUDED.public_key_pem, "
                        + "api_key_sealed = COALESCE(EXCLUDED.api_key_sealed, payment_channel_config.api_key_sealed), "
                        + "enabled = EXCLUDED.enabled, updated_by = EXCLUDED.updated_by, updated_at = now()")
                .setParameter(1, channel).setParameter(2, merchantId).setParameter(3, publicKeyPem).setParameter(4, apiKeySealed)
                .setParameter(5, enabled).setParameter(6, actor).executeUpdate();
    }

    /** (channel, merchant id, public key PEM, sealed API key, enabled, updated by, updated at). */
    public List<Object[]> channels(String channel) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT channel, merchant_id, public_key_pem, api_key_sealed, enabled, updated_by, "
                + "updated_at FROM payment_channel_config WHERE (CAST(?1 AS varchar) IS NULL OR channel = ?1) ORDER BY channel")
                .setParameter(1, channel).getResultList();
        return rows;
    }

    // ---- callbacks

    public void logCallback(String channel, String orderNo, boolean verified, String outcome, String reason,
                            String bodySha256, String remote) {
        em.createNativeQuery("INSERT INTO payment_callback (id, channel, order_no, verified, outcome, reason, body_sha256, "
                        + "remote_addr, received_at) VALUES (nextval('payment_callback_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, now())")
                .setParameter(1, channel).setParameter(2, orderNo).setParameter(3, verified).setParameter(4, outcome)
                .setParameter(5, reason).setParameter(6, bodySha256).setParameter(7, remote).executeUpdate();
    }

    public List<Object[]> callbacks(String orderNo, int limit) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, channel, order_no, verified, outcome, reason, received_at "
                        + "FROM payment_callback WHERE (CAST(?1 AS varchar) IS NULL OR order_no = ?1) ORDER BY id DESC")
                .setParameter(1, orderNo).setMaxResults(limit).getResultList();
        return rows;
    }

    // ---- helpers

    private static BillRow bill(Object[] r) {
        return new BillRow(((Number) r[0]).longValue(), (String) r[1], ((Number) r[2]).longValue(), ((Number) r[3]).longValue(),
                ((Number) r[4]).longValue(), (String) r[5], date(r[6]), (BigDecimal) r[7], (BigDecimal) r[8], (String) r[9],
                instant(r[10]), instant(r[11]));
    }

    public static Instant instant(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + o.getClass());
    }

    public static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toLocalDate();
        }
        return (LocalDate) o;
    }

    private static Long longOrNull(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }
}
