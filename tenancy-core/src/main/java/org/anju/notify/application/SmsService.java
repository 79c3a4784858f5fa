package org.anju.notify.application;

import java.sql.Timestamp;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.anju.notify.api.Sms;
import org.anju.notify.api.SmsChannel;
import org.anju.privacy.api.Masks;
import org.anju.privacy.api.PersonalData;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Sends through the channel named by {@code ANJU_SMS_CHANNEL} and records each message in {@code sms_message}. */
@ApplicationScoped
public class SmsService implements Sms {

    @Inject
    @ConfigProperty(name = "ANJU_SMS_CHANNEL", defaultValue = "log")
    String channelName;

    @Inject
    Instance<SmsChannel> channels;

    @Inject
    PersonalData personalData;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public boolean developmentChannel() {
        return "log".equals(channelName);
    }

    @Override
    @Transactional
    public void send(String phone, String purpose, String body) {
        SmsChannel channel = channels.stream().filter(c -> c.name().equals(channelName)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No SMS channel named " + channelName));
        String kept = channel.deliver(phone, purpose, body);
        em.createNativeQuery("INSERT INTO sms_message (id, phone_masked, phone_index, purpose, body, channel, status, created_at) "
                        + "VALUES (nextval('sms_message_seq'), ?1, ?2, ?3, ?4, ?5, 'SENT', ?6)")
                .setParameter(1, Masks.phone(phone)).setParameter(2, personalData.index("phone", phone))
                .setParameter(3, purpose).setParameter(4, kept).setParameter(5, channel.name())
                .setParameter(6, Timestamp.from(Instant.now())).executeUpdate();
    }
}
