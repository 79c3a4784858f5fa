package org.anju.finance.domain;

/** Where money comes from. SANDBOX follows a real signed-callback protocol for tests and the demo; DEPOSIT is the
 * deposit applied to arrears at move-out. */
public enum PaymentChannelKind {
    SANDBOX, WECHAT, ALIPAY, UNIONPAY, COUNTER, DIRECT_DEBIT, DEPOSIT
}
