package org.anju.messaging.infrastructure;

import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.messaging.api.BrokerLogin;
import org.apache.activemq.artemis.api.core.ActiveMQException;
import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.api.core.client.ActiveMQClient;
import org.apache.activemq.artemis.api.core.client.ClientMessage;
import org.apache.activemq.artemis.api.core.client.ClientProducer;
import org.apache.activemq.artemis.api.core.client.ClientSession;
import org.apache.activemq.artemis.api.core.client.ClientSessionFactory;
import org.apache.activemq.artemis.api.core.client.ServerLocator;

/**
 * The application's connection to the embedded broker over its in-VM acceptor ({@code vm://0}), signed in with the
 * platform's {@link BrokerLogin}. The broker may start after this bean (it is started with the device messaging):
 * {@link #sessionFactory()} fails until it is there, and callers retry.
 */
@ApplicationScoped
public class ArtemisLink {

    private static final Logger LOG = Logger.getLogger(ArtemisLink.class.getName());
    /** Properties every message carries (DESIGN: the tenant on every message). */
    static final SimpleString TENANT = SimpleString.of("anju_tenant");
    static final SimpleString TYPE = SimpleString.of("anju_type");
    static final SimpleString KEY = SimpleString.of("anju_key");

    @Inject
    BrokerLogin login;

    private ServerLocator locator;
    private ClientSessionFactory factory;
    private ClientSession producerSession;
    private ClientProducer producer;

    synchronized ClientSessionFactory sessionFactory() throws Exception {
        if (factory == null || factory.isClosed()) {
            if (locator == null) {
                locator = ActiveMQClient.createServerLocator("vm://0").setReconnectAttempts(-1).setRetryInterval(500);
            }
            factory = locator.createSessionFactory();
        }
        return factory;
    }

    /** A session whose acknowledgements are committed by hand (a consumer's). */
    ClientSession consumerSession() throws Exception {
        ClientSession s = sessionFactory().createSession(login.user(), login.password(), false, true, false, false, 1);
        s.start();
        return s;
    }

    /** Creates a durable multicast queue on the address unless it exists (an existing one keeps its messages). */
    void ensureQueue(ClientSession s, String address, String queue) throws ActiveMQException {
        if (!s.queueQuery(SimpleString.of(queue)).isExists()) {
            s.createQueue(QueueConfiguration.of(queue).setAddress(address).setRoutingType(RoutingType.MULTICAST)
                    .setDurable(true));
        }
    }

    /**
     * Sends durably and waits for the broker's confirmation. The duplicate id lets the broker drop a resend of the
     * same message (the relay may send again if its database commit fails after the send).
     */
    synchronized void send(String tenant, String address, String type, String key, String body) throws Exception {
        if (producer == null || producerSession == null || producerSession.isClosed()) {
            producerSession = sessionFactory().createSession(login.user(), login.password(), false, true, true, false, 1);
            producer = producerSession.createProducer();
        }
        ClientMessage m = producerSession.createMessage(ClientMessage.TEXT_TYPE, true);
        m.putStringProperty(TENANT, SimpleString.of(tenant));
        m.putStringProperty(TYPE, SimpleString.of(type));
        m.putStringProperty(KEY, SimpleString.of(key));
        m.putStringProperty(org.apache.activemq.artemis.api.core.Message.HDR_DUPLICATE_DETECTION_ID,
                SimpleString.of(tenant + "/" + address + "/" + key));
        m.getBodyBuffer().writeNullableSimpleString(SimpleString.of(body));
        producer.send(SimpleString.of(address), m);
    }

    static String body(ClientMessage m) {
        SimpleString s = m.getBodyBuffer().readNullableSimpleString();
        return s == null ? null : s.toString();
    }

    @PreDestroy
    synchronized void close() {
        try {
            if (producerSession != null) {
                producerSession.close();
            }
            if (factory != null) {
                factory.close();
            }
            if (locator != null) {
                locator.close();
            }
        } catch (ActiveMQException e) {
            LOG.log(Level.FINE, "closing the broker link", e);
        }
    }
}
