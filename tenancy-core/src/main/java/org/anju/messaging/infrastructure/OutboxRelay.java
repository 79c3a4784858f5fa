package org.anju.messaging.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Relays each organization's outbox to Artemis (P3). Every half second it visits the organizations that committed
 * a message since its last visit (told by {@link JdbcOutbox} after commit), and once a minute every operator, as a
 * safety net; at start every operator, so what a stopped server left behind goes out first. A batch is read with
 * {@code FOR UPDATE SKIP LOCKED} (two servers never send the same row at once), sent durably (the broker confirms each
 * send) and marked published in the same transaction. A crash between send and commit sends it again: the broker's
 * duplicate id and the consumers' message ids make that harmless, so a user sees it once.
 *
 * <p>The relay can be paused by the platform console (broker maintenance; and the test that kills the server between
 * commit and publish). A pause lasts until resumed or the server restarts.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    static final int BATCH = 200;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Transactions transactions;

    @Inject
    ArtemisLink link;

    @Inject
    MessageConsumers consumers;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "anju.messaging.relay.paused", defaultValue = "false")
    boolean pausedAtStart;

    private final Set<String> due = ConcurrentHashMap.newKeySet();
    private volatile boolean paused;
    private volatile long relayed;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        paused = pausedAtStart;
        scheduler.scheduleWithFixedDelay(this::relayDue, 3_000, 500, TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(this::markAllDue, 0, 60, TimeUnit.SECONDS);
    }

    /** After a commit that enqueued messages of the organization. */
    void committed(String organizationCode) {
        due.add(organizationCode);
    }

    void markAllDue() {
        try {
            for (OrganizationRef o : organizations.availableOperators()) {
                due.add(o.code());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Outbox relay could not list the organizations", e);
        }
    }

    void relayDue() {
        if (paused || !consumers.ready()) {
            return; // queues first: a multicast address without its queues would drop what it is sent
        }
        for (String code : List.copyOf(due)) {
            due.remove(code);
            try {
                int sent = TenantScope.call(TenantId.ofOrganization(code), "system:messaging",
                        () -> transactions.inNew(() -> relayBatch(code)));
                if (sent == BATCH) {
                    due.add(code); // more waiting
                }
            } catch (RuntimeException e) {
                due.add(code);
                LOG.log(Level.WARNING, "Outbox of " + code + " not relayed now; retried shortly", e);
            }
        }
    }

    /** Sends one batch of the current organization's unpublished messages; answers how many went out. */
    @SuppressWarnings("unchecked")
    int relayBatch(String code) {
        List<Object[]> rows = em.createNativeQuery("SELECT id, address, type, message_key, body FROM outbox_message "
                + "WHERE published_at IS NULL ORDER BY id LIMIT " + BATCH + " FOR UPDATE SKIP LOCKED").getResultList();
        int sent = 0;
        for (Object[] r : rows) {
            long id = ((Number) r[0]).longValue();
            try {
                link.send(code, (String) r[1], (String) r[2], (String) r[3], (String) r[4]);
            } catch (Exception e) {
                em.createNativeQuery("UPDATE outbox_message SET attempts = attempts + 1, last_error = ?2 WHERE id = ?1")
                        .setParameter(1, id).setParameter(2, cut(String.valueOf(e), 500)).executeUpdate();
                due.add(code);
                break; // the broker is not there yet: the rest wait their turn, in order
            }
            em.createNativeQuery("UPDATE outbox_message SET published_at = ?2, attempts = attempts + 1 WHERE id = ?1")
                    .setParameter(1, id).setParameter(2, Timestamp.from(Instant.now())).executeUpdate();
            sent++;
        }
        relayed += sent;
        return sent;
    }

    public boolean paused() {
        return paused;
    }

    public void pause(boolean pause) {
        this.paused = pause;
        LOG.info("Outbox relay " + (pause ? "paused" : "resumed"));
    }

    public long relayed() {
        return relayed;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
