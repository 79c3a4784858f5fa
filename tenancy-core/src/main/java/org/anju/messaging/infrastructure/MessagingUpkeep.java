package org.anju.messaging.infrastructure;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Once a day, per operator: published outbox rows and consumed message ids older than the retention (30 days by
 * default, {@code anju.messaging.retention-days}) are deleted. A redelivery that late cannot happen (the broker has long
 * delivered or dead-lettered it), so the ids have done their work; dead letters stay until someone deals with them.
 */
@ApplicationScoped
public class MessagingUpkeep {

    private static final Logger LOG = Logger.getLogger(MessagingUpkeep.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Transactions transactions;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "anju.messaging.retention-days", defaultValue = "30")
    int retentionDays;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::run, 10, TimeUnit.DAYS.toMinutes(1), TimeUnit.MINUTES);
    }

    void run() {
        Instant before = Instant.now().minus(Duration.ofDays(retentionDays));
        for (OrganizationRef o : organizations.availableOperators()) {
            try {
                TenantScope.call(o.tenant(), "system:messaging", () -> transactions.inNew(() -> forget(before)));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Messaging upkeep of " + o.code() + " failed; the others go on", e);
            }
        }
    }

    /** In the current organization: deletes what is older than {@code before}; answers the rows deleted. */
    public int forget(Instant before) {
        Timestamp t = Timestamp.from(before);
        int outbox = em.createNativeQuery("DELETE FROM outbox_message WHERE published_at IS NOT NULL AND published_at < ?1")
                .setParameter(1, t).executeUpdate();
        int consumed = em.createNativeQuery("DELETE FROM consumed_message WHERE consumed_at < ?1")
                .setParameter(1, t).executeUpdate();
        return outbox + consumed;
    }
}
