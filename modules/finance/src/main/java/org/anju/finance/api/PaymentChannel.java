package org.anju.finance.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Map;

/**
 * A payment channel's notification protocol (R6.4b): how to verify and read what the channel posts to the platform,
 * and what to answer it. Implementations are CDI beans named by {@link #name()} ({@code WECHAT}, {@code ALIPAY},
 * {@code UNIONPAY}); the operator's merchant settings come from {@code PUT /finance/channels/{name}}. Nothing of a
 * notification is used before {@link #verify} has accepted it.
 */
public interface PaymentChannel {

    /** The operator's merchant settings for this channel. {@code apiKey} is e.g. WeChat Pay's APIv3 key. */
    record Config(String merchantId, String publicKeyPem, String apiKey) {
    }

    /** What a verified notification says. Amounts in CNY with 2 decimals. */
    record Notification(String orderNo, String transactionId, BigDecimal amount, boolean success) {
    }

    /** A refused notification: the reason is logged, never trusted further. */
    final class Refused extends Exception {

        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    /** The answer the channel expects. */
    record Answer(int status, String contentType, String body) {
    }

    String name();

    /** Headers with lower-case names. */
    Notification verify(Config config, Map<String, String> headers, String body, Instant now) throws Refused;

    Answer answer(boolean accepted, String message);
}
