package org.anju.messaging.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;

import org.anju.messaging.api.OutboundMessage;
import org.anju.messaging.api.Outbox;
import org.anju.tenancy.api.TenantContext;

/**
 * Writes {@code outbox_message} rows of the current organization in the caller's transaction; the relay publishes
 * them after commit. The unique (address, key) makes a repeated enqueue (a retried job, a redelivered event) a no-op.
 */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    OutboxRelay relay;

    @Resource
    TransactionSynchronizationRegistry synchronizations;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutboundMessage m) {
        em.createNativeQuery("INSERT INTO outbox_message (address, type, message_key, body) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (address, message_key) DO NOTHING")
                .setParameter(1, m.address()).setParameter(2, m.type()).setParameter(3, m.key()).setParameter(4, m.body())
                .executeUpdate();
        String code = TenantContext.require().organizationCode();
        // the relay looks only after commit: before it the row is invisible to it, and after a rollback it is gone
        synchronizations.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.committed(code);
                }
            }
        });
    }
}
