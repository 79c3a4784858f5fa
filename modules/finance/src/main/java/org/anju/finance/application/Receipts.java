package org.anju.finance.application;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.domain.LeaseAccount;
import org.anju.finance.domain.Payment;
import org.anju.finance.domain.PaymentStatus;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.PdfDocumentWriter;
import org.anju.kernel.api.ProblemException;

/** Electronic receipts (电子收据): one numbered PDF per paid payment, with what it paid. */
@ApplicationScoped
@Transactional
public class Receipts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(FinanceRules.ZONE);

    @Inject
    FinanceStore store;

    @Inject
    PaymentService payments;

    @Inject
    PdfDocumentWriter pdf;

    public byte[] pdf(Payment p, String payee) {
        if (p.status() != PaymentStatus.PAID) {
            throw ProblemException.conflict("payment-not-paid", p.orderNo());
        }
        LeaseAccount a = store.account(p.leaseId()).orElseThrow();
        Views.PaymentView v = payments.view(p);
        List<String[]> fields = new ArrayList<>();
        fields.add(new String[] {"收据编号", p.receiptNo()});
        fields.add(new String[] {"收款单位", payee});
        fields.add(new String[] {"交款人", a.payerName() + "（" + a.householdNumber() + "）"});
        fields.add(new String[] {"房屋", a.unitLabel()});
        fields.add(new String[] {"合同编号", a.leaseNumber()});
        fields.add(new String[] {"金额", "¥" + p.amount().toPlainString()});
        fields.add(new String[] {"方式", channel(p)});
        fields.add(new String[] {"时间", WHEN.format(p.paidAt())});
        if (p.externalId() != null) {
            fields.add(new String[] {"交易流水号", p.externalId()});
        }
        List<String[]> rows = new ArrayList<>();
        for (Views.AllocationView al : v.allocations()) {
            rows.add(new String[] {al.billNumber(), al.period(), "¥" + al.amount().toPlainString()});
        }
        if (v.credit().signum() > 0) {
            rows.add(new String[] {"预存（抵扣以后账单）", "", "¥" + v.credit().toPlainString()});
        }
        List<PdfDocumentWriter.Section> sections = List.of(PdfDocumentWriter.Section.fields("收款信息", fields),
                PdfDocumentWriter.Section.table("缴纳明细", List.of("账单", "期间", "金额"), rows));
        return pdf.write(new PdfDocumentWriter.PdfDoc("公租房租金收据", payee, sections, "本收据由安居平台电子开具，收据编号唯一，可凭编号查验。"));
    }

    private static String channel(Payment p) {
        return switch (p.channel()) {
            case COUNTER -> "柜台 " + (p.method() == null ? "" : switch (p.method()) {
                case "CASH" -> "现金";
                case "POS" -> "刷卡";
                case "TRANSFER" -> "转账";
                case "CHEQUE" -> "支票";
                default -> p.method();
            });
            case SANDBOX -> "在线支付（沙箱）";
            case WECHAT -> "微信支付";
            case ALIPAY -> "支付宝";
            case UNIONPAY -> "银联";
            case DIRECT_DEBIT -> "银行代扣";
            case DEPOSIT -> "押金抵扣";
        };
    }
}
