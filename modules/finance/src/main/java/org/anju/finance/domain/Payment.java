package org.anju.finance.domain;

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
import jakarta.persistence.Version;

/**
 * Money for a lease (R6.4b, R4.3): an online order waiting for its channel's verified callback, or a counter payment
 * entered by staff with its receipt number. Posted to the ledger exactly once, when it becomes PAID.
 */
@Entity
@Table(name = "payment")
public class Payment {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "payment_seq")
    @SequenceGenerator(name = "payment_seq", sequenceName = "payment_seq", allocationSize = 1)
    private Long id;

    @Column(name = "order_no", nullable = false, length = 40)
    private String orderNo;

    @Column(name = "lease_id", nullable = false)
    private long leaseId;

    @Column(name = "household_id", nullable = false)
    private long householdId;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private PaymentChannelKind channel;

    /** Counter payments: CASH, POS, TRANSFER, CHEQUE. */
    @Column(name = "method", length = 20)
    private String method;

    @Column(name = "amount", nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private PaymentStatus status;

    /** The bills the payer chose (comma-separated), or null for "oldest first". */
    @Column(name = "bill_ids", length = 500)
    private String billIds;

    @Column(name = "external_id", length = 64)
    private String externalId;

    @Column(name = "receipt_no", length = 40)
    private String receiptNo;

    @Column(name = "payer", nullable = false, length = 150)
    private String payer;

    @Column(name = "note", length = 300)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "paid_at")
    private Instant paidAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected Payment() {
    }

    public Payment(String orderNo, long leaseId, long householdId, PaymentChannelKind channel, String method,
                   BigDecimal amount, String billIds, String payer, String note, Instant now) {
        this.orderNo = orderNo;
        this.leaseId = leaseId;
        this.householdId = householdId;
        this.channel = channel;
        this.method = method;
        this.amount = Money.fen(amount);
        this.billIds = billIds;
        this.payer = payer;
        this.note = note;
        this.status = PaymentStatus.CREATED;
        this.createdAt = now;
    }

    public void paid(String externalId, String receiptNo, Instant at) {
        this.status = PaymentStatus.PAID;
        this.externalId = externalId;
        this.receiptNo = receiptNo;
        this.paidAt = at;
    }

    /** A posted payment taken back by a reversal entry: it pays nothing and holds no credit any more. */
    public void reversed() {
        if (status != PaymentStatus.PAID) {
            throw new IllegalStateException("only a paid payment can be reversed");
        }
        this.status = PaymentStatus.REVERSED;
    }

    public void failed(String externalId, Instant at) {
        this.status = PaymentStatus.FAILED;
        this.externalId = externalId;
        this.paidAt = null;
    }

    public Long id() {
        return id;
    }

    public String orderNo() {
        return orderNo;
    }

    public long leaseId() {
        return leaseId;
    }

    public long householdId() {
        return householdId;
    }

    public PaymentChannelKind channel() {
        return channel;
    }

    public String method() {
        return method;
    }

    public BigDecimal amount() {
        return amount;
    }

    public PaymentStatus status() {
        return status;
    }

    public String billIds() {
        return billIds;
    }

    public String externalId() {
        return externalId;
    }

    public String receiptNo() {
        return receiptNo;
    }

    public String payer() {
        return payer;
    }

    public String note() {
        return note;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant paidAt() {
        return paidAt;
    }
}
