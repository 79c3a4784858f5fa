package org.anju.messaging.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.kernel.api.Transactions;
import org.anju.messaging.api.InboundMessage;
import org.anju.messaging.api.MessageHandler;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ClientConsumer;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;

/**
 * Runs every {@link MessageHandler} on its durable queue (P3). One container-managed thread and one broker session per
 * handler; each message is handled inside its tenant and a transaction that also records its id in
 * {@code consumed_message} (a message delivered twice is handled once per queue), then acknowledged. A failure rolls
 * both back and a copy is put back on the queue for later; once it failed {@code maxAttempts} times it is written to the
 * tenant's {@code dead_message} with the reason, copied to the broker's {@code anju.dlq}, acknowledged, and the queue
 * goes on. A message without a valid tenant is refused outright (fail closed).
 */
@ApplicationScoped
public class MessageConsumers {

    private static final Logger LOG = Logger.getLogger(MessageConsumers.class.getName());
    static final String DLQ = "anju.dlq";
    /** The attempt a copy put back by {@link #retryLater} is on (the broker's delivery count restarts with a copy). */
    static final SimpleString ATTEMPT = SimpleString.of("anju_attempt");

    @Inject
    Instance<MessageHandler> handlers;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    ArtemisLink link;

    @Inject
    Transactions transactions;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    private volatile boolean ready;
    private volatile boolean running = true;
    private final List<Thread> workers = new ArrayList<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        List<MessageHandler> all = new ArrayList<>();
        handlers.forEach(all::add);
        Thread starter = threads.newThread(() -> start(all));
        starter.setName("anju-messaging-start");
        starter.start();
    }

    /** Creates the queues (waiting for the broker as long as it takes), then starts one worker per handler. */
    private void start(List<MessageHandler> all) {
        long wait = 500;
        while (running) {
            try {
                List<ClientSession> sessions = new ArrayList<>();
                for (MessageHandler h : all) {
                    ClientSession s = link.consumerSession();
                    link.ensureQueue(s, h.address(), h.queue());
                    sessions.add(s);
                }
                for (int i = 0; i < all.size(); i++) {
                    MessageHandler h = all.get(i);
                    ClientSession s = sessions.get(i);
                    Thread t = threads.newThread(() -> consume(h, s));
                    t.setName("anju-messaging-" + h.queue());
                    t.start();
                    workers.add(t);
                }
                ready = true;
                LOG.info("Message queues ready: " + all.stream().map(MessageHandler::queue).toList());
                return;
            } catch (Exception e) {
                LOG.log(Level.FINE, "Broker not reachable yet for the queues", e);
                sleep(wait);
                wait = Math.min(wait * 2, 5_000);
            }
        }
    }

    /** Whether every handler's queue exists: before that, the relay holds messages back (multicast would drop them). */
    public boolean ready() {
        return ready;
    }

    private void consume(MessageHandler handler, ClientSession session) {
        try (ClientConsumer consumer = session.createConsumer(handler.queue())) {
            while (running) {
                ClientMessage m = consumer.receive(1_000);
                if (m != null) {
                    deliver(handler, session, m);
                }
            }
        } catch (Exception e) {
            if (running) {
                LOG.log(Level.SEVERE, "Consumer of " + handler.queue() + " stopped; it starts again with the server", e);
            }
        } finally {
            try {
                session.close();
            } catch (Exception e) {
                LOG.log(Level.FINE, "closing a consumer session", e);
            }
        }
    }

    private void deliver(MessageHandler handler, ClientSession session, ClientMessage m) throws Exception {
        String tenant = string(m, ArtemisLink.TENANT);
        String key = string(m, ArtemisLink.KEY);
        if (tenant == null || !TenantId.isValidOrganizationCode(tenant) || key == null) {
            LOG.severe("A message on " + handler.queue() + " without a valid tenant or key was refused: tenant=" + tenant);
            m.acknowledge();
            session.commit();
            return;
        }
        String body = ArtemisLink.body(m);
        int attempt = Math.max(m.getDeliveryCount(), m.containsProperty(ATTEMPT) ? m.getIntProperty(ATTEMPT) : 1);
        InboundMessage in = new InboundMessage(TenantId.ofOrganization(tenant), m.getAddress(), handler.queue(),
                string(m, ArtemisLink.TYPE), key, body, attempt);
        try {
            TenantScope.call(in.tenant(), "system:messaging:" + handler.queue(), () -> transactions.inNew(() -> {
                int fresh = em.createNativeQuery("INSERT INTO consumed_message (queue, message_id) VALUES (?1, ?2) "
                        + "ON CONFLICT DO NOTHING").setParameter(1, handler.queue()).setParameter(2, key).executeUpdate();
                if (fresh == 1) {
                    try {
                        handler.handle(in);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new HandlerFailed(e);
                    }
                }
                return fresh;
            }));
            m.acknowledge();
            session.commit();
        } catch (RuntimeException e) {
            Throwable cause = e instanceof HandlerFailed ? e.getCause() : e;
            if (attempt >= handler.maxAttempts()) {
                deadLetter(handler, in, cause);
            } else {
                LOG.log(Level.FINE, "Handler of " + handler.queue() + " failed (attempt " + attempt + ")", cause);
                retryLater(session, handler, m, tenant, key, body, attempt);
            }
            m.acknowledge();
            session.commit();
        }
    }

    /**
     * Puts a copy back on this queue only (address::queue), due a little later and counting the attempt, and lets the
     * queue go on meanwhile. Not a session rollback: Artemis' rollback stops the session and, in-VM, was seen to hang;
     * and a rolled-back poison message would hold up everything behind it. A crash between the copy and the
     * acknowledgement leaves two copies: the message id makes the second a no-op once one succeeded.
     */
    private void retryLater(ClientSession session, MessageHandler handler, ClientMessage m, String tenant, String key,
                            String body, int attempt) throws Exception {
        ClientMessage copy = session.createMessage(ClientMessage.TEXT_TYPE, true);
        copy.putStringProperty(ArtemisLink.TENANT, SimpleString.of(tenant));
        copy.putStringProperty(ArtemisLink.KEY, SimpleString.of(key));
        String type = string(m, ArtemisLink.TYPE);
        if (type != null) {
            copy.putStringProperty(ArtemisLink.TYPE, SimpleString.of(type));
        }
        copy.putIntProperty(ATTEMPT, attempt + 1);
        copy.putLongProperty(org.apache.activemq.artemis.api.core.Message.HDR_SCHEDULED_DELIVERY_TIME,
                System.currentTimeMillis() + 500L * attempt);
        copy.getBodyBuffer().writeNullableSimpleString(body == null ? null : SimpleString.of(body));
        try (ClientProducer p = session.createProducer()) {
            p.send(SimpleString.of(handler.address() + "::" + handler.queue()), copy);
        }
    }

    private void deadLetter(MessageHandler handler, InboundMessage in, Throwable cause) {
        String reason = cut(cause.getClass().getSimpleName() + ": " + cause.getMessage(), 1000);
        LOG.warning("Message " + in.messageId() + " of " + in.tenant().organizationCode() + " dead-lettered from "
                + handler.queue() + " after " + in.deliveryCount() + " attempts: " + reason);
        try {
            TenantScope.call(in.tenant(), "system:messaging", () -> transactions.inNew(() -> em.createNativeQuery(
                            "INSERT INTO dead_message (queue, message_id, type, body, reason, attempts) "
                                    + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, handler.queue()).setParameter(2, in.messageId()).setParameter(3, in.type())
                    .setParameter(4, in.body()).setParameter(5, reason).setParameter(6, in.deliveryCount())
                    .executeUpdate()));
            link.send(in.tenant().organizationCode(), DLQ, in.type(), handler.queue() + "/" + in.messageId(),
                    in.body() == null ? "" : in.body());
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Could not record the dead letter " + in.messageId() + " of " + handler.queue(), e);
        }
    }

    private static String string(ClientMessage m, SimpleString name) {
        return m.containsProperty(name) ? m.getStringProperty(name) : null;
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        for (Thread t : workers) {
            try {
                t.join(3_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Carries a handler's checked exception through the transaction callback. */
    static final class HandlerFailed extends RuntimeException {
        HandlerFailed(Exception cause) {
            super(cause);
        }
    }
}
