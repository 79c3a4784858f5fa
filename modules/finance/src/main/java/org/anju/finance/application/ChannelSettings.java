package org.anju.finance.application;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.finance.api.PaymentChannel;
import org.anju.finance.infrastructure.FinanceStore;
import org.anju.kernel.api.ProblemException;
import org.anju.privacy.api.PersonalData;
import org.anju.tenancy.api.TenantContext;

/** The operator's merchant settings per channel (WeChat Pay, Alipay, UnionPay); API keys sealed, never shown again. */
@ApplicationScoped
@Transactional
public class ChannelSettings {

    static final String API_KEY = "channelApiKey";

    @Inject
    FinanceStore store;

    @Inject
    PersonalData data;

    /** A channel's settings as shown. */
    public record ChannelView(String channel, String merchantId, String publicKeyFingerprint, boolean apiKeySet,
                              boolean enabled, String updatedBy, Instant updatedAt) {
    }

    public ChannelView put(String channel, Commands.ChannelInput in) {
        if ("WECHAT".equals(channel) && in.apiKey() == null && store.channels(channel).isEmpty()) {
            throw ProblemException.invalid("apiKey", "finance.validation.channel.apiKey");
        }
        if (in.apiKey() != null && "WECHAT".equals(channel) && in.apiKey().length() != 32) {
            throw ProblemException.invalid("apiKey", "finance.validation.channel.apiKey");
        }
        store.putChannel(channel, in.merchantId().strip(), in.publicKeyPem().strip(),
                in.apiKey() == null ? null : data.seal(API_KEY, in.apiKey()), !Boolean.FALSE.equals(in.enabled()),
                TenantContext.actor());
        return list(channel).get(0);
    }

    public List<ChannelView> list(String channel) {
        return store.channels(channel).stream().map(r -> new ChannelView((String) r[0], (String) r[1],
                fingerprint((String) r[2]), r[3] != null, (Boolean) r[4], (String) r[5], FinanceStore.instant(r[6]))).toList();
    }

    /** The settings the channel's verification uses, if the channel is set up and enabled. */
    public Optional<PaymentChannel.Config> config(String channel) {
        return store.channels(channel).stream().filter(r -> Boolean.TRUE.equals(r[4])).findFirst()
                .map(r -> new PaymentChannel.Config((String) r[1], (String) r[2],
                        r[3] == null ? null : data.open(API_KEY, (String) r[3])));
    }

    private static String fingerprint(String pem) {
        String compact = pem.replaceAll("\\s", "");
        return compact.length() <= 16 ? compact : "…" + compact.substring(compact.length() - 40, compact.length() - 24);
    }
}
