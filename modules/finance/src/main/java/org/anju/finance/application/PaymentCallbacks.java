package org.anju.finance.application;

import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;

import org.anju.finance.domain.CallbackSignature;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Notifications from payment channels (R6.4b). Nothing in a notification is believed before its signature verifies
 * with the operator's merchant key; a refused one is logged (channel, order, reason, body hash, sender) and answered
 * 401. A verified one settles its order in a transaction of its own; every notification, accepted or not, is logged.
 */
@ApplicationScoped
public class PaymentCallbacks {

    private static final Logger LOG = Logger.getLogger(PaymentCallbacks.class.getName());
    static final String DEVELOPMENT_SECRET = "anju-sandbox-development-secret";

    /** The answer to the channel. */
    public record Answer(int status, String code, String message) {
    }

    @Inject
    OrganizationDirectory organizations;

    @Inject
    PaymentService payments;

    @Inject
    FinanceStore store;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "ANJU_SANDBOX_PAY_SECRET", defaultValue = DEVELOPMENT_SECRET)
    String sandboxSecret;

    byte[] merchantKey(String organizationCode) {
        return CallbackSignature.merchantKey(sandboxSecret, organizationCode);
    }

    @Inject
    jakarta.enterprise.inject.Instance<org.anju.finance.api.PaymentChannel> channels;

    @Inject
    ChannelSettings settings;

    /**
     * A notification of WeChat Pay, Alipay or UnionPay: verified with the operator's merchant settings for that
     * channel, then settled like the sandbox's. Answers what the channel expects.
     */
    public org.anju.finance.api.PaymentChannel.Answer channel(String channelName, String organizationCode,
                                                              java.util.Map<String, String> headers, String body, String remote) {
        org.anju.finance.api.PaymentChannel channel = channels.stream().filter(c -> c.name().equals(channelName)).findFirst()
                .orElse(null);
        Optional<OrganizationRef> org = organizations.byCode(organizationCode).filter(o -> o.kind() == OrganizationKind.OPERATOR);
        if (channel == null || org.isEmpty()) {
            return new org.anju.finance.api.PaymentChannel.Answer(404, "text/plain", "unknown merchant");
        }
        String sha = sha256(body);
        return TenantScope.call(org.get().tenant(), "channel:" + channelName.toLowerCase(), () -> {
            Optional<org.anju.finance.api.PaymentChannel.Config> config = transactions.inNew(() -> settings.config(channelName));
            org.anju.finance.api.PaymentChannel.Notification n;
            try {
                if (config.isEmpty()) {
                    throw new org.anju.finance.api.PaymentChannel.Refused("channel-not-configured");
                }
                n = channel.verify(config.get(), headers, body, Instant.now());
            } catch (org.anju.finance.api.PaymentChannel.Refused e) {
                LOG.warning(channelName + " notification refused for " + organizationCode + ": " + e.getMessage() + " from " + remote);
                transactions.runInNew(() -> store.logCallback(channelName, null, false, "REJECTED", e.getMessage(), sha, remote));
                return channel.answer(false, e.getMessage());
            }
            org.anju.finance.api.PaymentChannel.Notification verified = n;
            String outcome = transactions.inNew(() -> payments.settle(cut(verified.orderNo()), cut(verified.transactionId()),
                    verified.amount(), verified.success()));
            transactions.runInNew(() -> store.logCallback(channelName, cut(verified.orderNo()), true, outcome, null, sha, remote));
            boolean accepted = outcome.equals("PAID") || outcome.equals("DUPLICATE") || outcome.equals("FAILED")
                    || outcome.startsWith("ALREADY_");
            org.anju.finance.api.PaymentChannel.Answer a = channel.answer(accepted, outcome);
            return accepted ? a : new org.anju.finance.api.PaymentChannel.Answer(400, a.contentType(), a.body());
        });
    }

    public Answer sandbox(String organizationCode, String signature, String body, String remote) {
        Optional<OrganizationRef> org = organizations.byCode(organizationCode)
                .filter(o -> o.kind() == OrganizationKind.OPERATOR);
        if (org.isEmpty()) {
            return new Answer(404, "FAIL", "unknown merchant");
        }
        String sha = sha256(body);
        return TenantScope.call(org.get().tenant(), "channel:sandbox", () -> {
            String refusal = CallbackSignature.refusal(merchantKey(organizationCode), signature, body, Instant.now());
            JsonObject json = parse(body);
            String orderNo = json == null ? null : text(json, "orderNo");
            if (refusal != null) {
                LOG.warning("Sandbox notification refused for " + organizationCode + " order " + orderNo + ": " + refusal
                        + " from " + remote);
                transactions.runInNew(() -> store.logCallback("SANDBOX", cut(orderNo), false, "REJECTED", refusal, sha, remote));
                return new Answer(401, "FAIL", refusal);
            }
            if (json == null || orderNo == null || text(json, "status") == null) {
                transactions.runInNew(() -> store.logCallback("SANDBOX", cut(orderNo), true, "MALFORMED", "body", sha, remote));
                return new Answer(400, "FAIL", "malformed body");
            }
            BigDecimal amount;
            try {
                amount = new BigDecimal(text(json, "amount"));
            } catch (RuntimeException e) {
                amount = null;
            }
            BigDecimal paid = amount;
            boolean success = "SUCCESS".equals(text(json, "status"));
            String outcome = transactions.inNew(() -> payments.settle(orderNo, cut(text(json, "transactionId")), paid, success));
            transactions.runInNew(() -> store.logCallback("SANDBOX", cut(orderNo), true, outcome, null, sha, remote));
            return switch (outcome) {
                case "PAID", "DUPLICATE", "FAILED" -> new Answer(200, "SUCCESS", outcome);
                default -> outcome.startsWith("ALREADY_") ? new Answer(200, "SUCCESS", outcome) : new Answer(400, "FAIL", outcome);
            };
        });
    }

    private static JsonObject parse(String body) {
        try (JsonReader r = Json.createReader(new StringReader(body))) {
            return r.readObject();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String text(JsonObject o, String name) {
        if (!o.containsKey(name) || o.isNull(name)) {
            return null;
        }
        return switch (o.get(name).getValueType()) {
            case STRING -> o.getString(name);
            case NUMBER -> o.getJsonNumber(name).bigDecimalValue().toPlainString();
            default -> null;
        };
    }

    private static String cut(String s) {
        return s == null ? null : s.length() > 40 ? s.substring(0, 40) : s;
    }

    static String sha256(String body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
