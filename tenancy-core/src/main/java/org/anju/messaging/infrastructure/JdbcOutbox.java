package org.anju.messaging.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;

import org.anju.messaging.api.OutboundMessage;
import org.anju.messaging.api.Outbox;

/**
 * Writes {@code outbox_message} rows of the current organization in the caller's transaction; the relay publishes
 * them after commit. The unique (address, key) makes a repeated enqueue (a retried job, a redelivered event) a no-op.
 */
@ApplicationScoped
public class JdbcOutbox implements Outbox {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutboundMessage m) {
        em.createNativeQuery("INSERT INTO outbox_message (address, type, message_key, body) VALUES (?1, ?2, ?3, ?4) "
                        + "ON CONFLICT (address, message_key) DO NOTHING")
                .setParameter(1, m.address()).setParameter(2, m.type()).setParameter(3, m.key()).setParameter(4, m.body())
                .executeUpdate();
    }
}
