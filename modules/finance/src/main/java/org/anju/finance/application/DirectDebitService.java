package org.anju.finance.application;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.Money;
import org.anju.finance.domain.Payment;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.privacy.api.Masks;
import org.anju.privacy.api.PersonalData;
import org.anju.privacy.api.PiiAccessLog;
import org.anju.privacy.api.PiiResealer;
import org.anju.tenancy.api.TenantContext;

/**
 * Bank direct debit (委托代扣, R6.4b). A mandate per lease (the account number sealed like all personal data); a
 * monthly batch of what each mandated lease owes, exported as the bank's collection file (docs/api/finance.md, a
 * typical CSV layout); the bank's result file imported back: each success becomes a paid payment posted oldest bill
 * first, each failure keeps its reason. Importing a result again changes nothing (items already settled are skipped,
 * and a bank transaction number posts once); a file with an unknown reference or a bad line is refused whole.
 */
@ApplicationScoped
@Transactional
public class DirectDebitService implements PiiResealer {

    static final String ACCOUNT = "bankAccount";

    @Inject
    FinanceStore store;

    @Inject
    PersonalData data;

    @Inject
    PiiAccessLog accessLog;

    @Inject
    PaymentService payments;

    /** A mandate as shown: the account masked. */
    public record MandateView(long leaseId, String bankName, String accountHolder, String account, LocalDate signedOn,
                              boolean active) {
    }

    /** A batch and its items. */
    public record BatchView(long id, String number, String period, String status, int items, BigDecimal total, int paid,
                            int failed, String createdBy, java.time.Instant createdAt, java.time.Instant resultAt,
                            List<ItemView> lines) {
    }

    /** One debit of a batch. */
    public record ItemView(int seq, long leaseId, String leaseNumber, String payerName, BigDecimal amount, String status,
                           String reason, String bankTxn, Long paymentId) {
    }

    /** What an import did. */
    public record ImportResult(String batch, int paid, int failed, int unchanged) {
    }

    public MandateView putMandate(long leaseId, Commands.MandateInput in) {
        store.account(leaseId).orElseThrow(() -> ProblemException.notFound("account-not-found", leaseId));
        String account = in.accountNo().replace(" ", "");
        store.putMandate(leaseId, in.bankName().strip(), in.accountHolder().strip(), data.seal(ACCOUNT, account),
                account.substring(account.length() - 4), in.signedOn());
        return mandate(leaseId);
    }

    public MandateView mandate(long leaseId) {
        Object[] m = store.mandate(leaseId).orElseThrow(() -> ProblemException.notFound("mandate-not-found", leaseId));
        return new MandateView(leaseId, (String) m[1], Masks.name((String) m[2]), "**** **** " + m[4],
                FinanceStore.date(m[5]), (Boolean) m[6]);
    }

    public void revoke(long leaseId) {
        if (store.revokeMandate(leaseId) == 0) {
            throw ProblemException.notFound("mandate-not-found", leaseId);
        }
    }

    public BatchView createBatch(String period) {
        List<Object[]> due = store.debitable(period);
        if (due.isEmpty()) {
            throw ProblemException.conflict("debit-nothing-due", period);
        }
        BigDecimal total = Money.ZERO;
        for (Object[] d : due) {
            total = total.add((BigDecimal) d[1]);
        }
        long id = store.createBatch(period, due.size(), total, TenantContext.actor());
        int seq = 1;
        for (Object[] d : due) {
            store.addDebitItem(id, seq++, ((Number) d[0]).longValue(), (BigDecimal) d[1]);
        }
        return batch(id);
    }

    public List<BatchView> batches() {
        return store.batches(null).stream().map(r -> view(r, List.of())).toList();
    }

    public BatchView batch(long id) {
        Object[] r = store.batches(id).stream().findFirst().orElseThrow(() -> ProblemException.notFound("debit-batch-not-found", id));
        List<ItemView> items = new ArrayList<>();
        for (Object[] i : store.debitItems(id, false)) {
            LeaseAccount a = store.account(((Number) i[1]).longValue()).orElseThrow();
            items.add(new ItemView(((Number) i[0]).intValue(), a.leaseId(), a.leaseNumber(), a.payerName(), (BigDecimal) i[2],
                    (String) i[3], (String) i[4], (String) i[5], i[6] == null ? null : ((Number) i[6]).longValue()));
        }
        return view(r, items);
    }

    /**
     * The bank's collection file, UTF-8 with BOM: header {@code 序号,账号,户名,金额,业务参考号,备注}, one line per debit,
     * then {@code 合计,,,<total>,<count>,}. The file carries clear account numbers: every export is logged as an
     * unmasked read of personal data.
     */
    public byte[] file(long id) {
        BatchView b = batch(id);
        accessLog.record("debit-batch", id, b.number(), List.of(ACCOUNT), "导出银行代扣批量文件");
        StringBuilder csv = new StringBuilder("\uFEFF序号,账号,户名,金额,业务参考号,备注\r\n");
        for (ItemView i : b.lines()) {
            Object[] m = store.mandate(i.leaseId()).orElseThrow();
            String account = data.open(ACCOUNT, (String) m[3]);
            csv.append(i.seq()).append(',').append(account).append(',').append(csvText((String) m[2])).append(',')
                    .append(i.amount().toPlainString()).append(',').append(b.number()).append('-').append(i.seq()).append(',')
                    .append(csvText("公租房租金 " + i.leaseNumber())).append("\r\n");
        }
        csv.append("合计,,,").append(b.total().toPlainString()).append(',').append(b.items()).append(",\r\n");
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The bank's result file: {@code 业务参考号,结果,失败原因,银行流水号} per line (a header line is skipped), result
     * {@code S} (debited) or {@code F} (failed). All lines are checked before anything is written.
     */
    public ImportResult importResult(long id, String content) {
        BatchView b = batch(id);
        Map<Integer, String[]> byItem = new LinkedHashMap<>();
        ProblemException.Violations v = new ProblemException.Violations();
        Map<Integer, ItemView> items = new HashMap<>();
        for (ItemView i : b.lines()) {
            items.put(i.seq(), i);
        }
        int lineNo = 0;
        try (BufferedReader r = new BufferedReader(new StringReader(content.replace("\uFEFF", "")))) {
            String line;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank() || line.startsWith("业务参考号") || line.toLowerCase().startsWith("reference")) {
                    continue;
                }
                String[] f = line.split(",", -1);
                String field = "lines[" + lineNo + "]";
                if (f.length < 2) {
                    v.add(field, "finance.validation.debit.line");
                    continue;
                }
                String ref = f[0].strip();
                String prefix = b.number() + "-";
                Integer seq = null;
                if (ref.startsWith(prefix)) {
                    try {
                        seq = Integer.valueOf(ref.substring(prefix.length()));
                    } catch (NumberFormatException e) {
                        seq = null;
                    }
                }
                if (seq == null || !items.containsKey(seq)) {
                    v.add(field, "finance.validation.debit.reference", ref);
                    continue;
                }
                String status = f[1].strip().toUpperCase();
                if (!status.equals("S") && !status.equals("F")) {
                    v.add(field, "finance.validation.debit.status", f[1].strip());
                    continue;
                }
                String bankTxn = f.length > 3 ? f[3].strip() : "";
                if (status.equals("S") && bankTxn.isEmpty()) {
                    v.add(field, "finance.validation.debit.txn");
                    continue;
                }
                byItem.put(seq, new String[] {status, f.length > 2 ? f[2].strip() : "", bankTxn});
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        v.throwIfAny();
        if (byItem.isEmpty()) {
            throw ProblemException.invalid("file", "finance.validation.debit.empty");
        }
        int paid = 0;
        int failed = 0;
        int unchanged = 0;
        store.debitItems(id, true);
        for (Map.Entry<Integer, String[]> e : byItem.entrySet()) {
            ItemView item = items.get(e.getKey());
            if (!"PENDING".equals(item.status())) {
                unchanged++;
                continue;
            }
            String[] res = e.getValue();
            if (res[0].equals("S")) {
                Payment p = payments.debited(item.leaseId(), item.amount(), cut(res[2], 64), b.number() + "-" + item.seq());
                store.settleDebitItem(id, item.seq(), "PAID", null, cut(res[2], 64), p.id());
                paid++;
            } else {
                store.settleDebitItem(id, item.seq(), "FAILED", cut(res[1].isEmpty() ? "银行未说明原因" : res[1], 200), null, null);
                failed++;
            }
        }
        store.batchResult(id);
        return new ImportResult(b.number(), paid, failed, unchanged);
    }

    @Override
    public int reseal(int version) {
        int n = 0;
        for (Object[] m : store.sealedMandates()) {
            String sealed = (String) m[1];
            if (data.versionOf(sealed) != version) {
                store.resealMandate(((Number) m[0]).longValue(), data.seal(ACCOUNT, data.open(ACCOUNT, sealed)));
                n++;
            }
        }
        return n;
    }

    private static BatchView view(Object[] r, List<ItemView> items) {
        return new BatchView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).intValue(),
                (BigDecimal) r[5], ((Number) r[6]).intValue(), ((Number) r[7]).intValue(), (String) r[8],
                FinanceStore.instant(r[9]), FinanceStore.instant(r[10]), items);
    }

    private static String csvText(String s) {
        return s == null ? "" : s.replace(",", "，").replace("\n", " ").replace("\r", " ");
    }

    private static String cut(String s, int max) {
        return s == null ? null : s.length() > max ? s.substring(0, max) : s;
    }
}
