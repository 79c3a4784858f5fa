package org.anju.devices.infrastructure;

import java.nio.file.Path;
import java.util.logging.Logger;

import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;
import org.apache.activemq.artemis.api.core.SimpleString;

/**
 * The Artemis broker inside the server (DESIGN "Messaging and devices"): a durable NIO journal under the server's
 * output directory, an in-VM acceptor for the application, and an MQTT acceptor for locks on a configurable port
 * (1883 belongs to Mosquitto on the development machines). Security is on: {@link DeviceSecurityManager} decides.
 * Messages that cannot be delivered after 10 attempts go to {@code anju.dlq}; none expire.
 */
public final class EmbeddedBroker {

    private static final Logger LOG = Logger.getLogger(EmbeddedBroker.class.getName());

    private final EmbeddedActiveMQ server = new EmbeddedActiveMQ();

    public EmbeddedBroker(Path dataDir, String mqttHost, int mqttPort, DeviceSecurityManager security) {
        Configuration config = new ConfigurationImpl()
                .setName("anju")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(dataDir.toString())
                .setSecurityEnabled(true)
                .setJMXManagementEnabled(false)
                .setGracefulShutdownEnabled(true)
                .setGracefulShutdownTimeout(5_000);
        try {
            config.addAcceptorConfiguration("in-vm", "vm://0");
            config.addAcceptorConfiguration("mqtt", "tcp://" + mqttHost + ":" + mqttPort
                    + "?protocols=MQTT;useEpoll=false;useKQueue=false");
        } catch (Exception e) {
            throw new IllegalStateException("Broker acceptors could not be configured", e);
        }
        config.addAddressSetting("#", new AddressSettings()
                .setDeadLetterAddress(SimpleString.of("anju.dlq"))
                .setExpiryAddress(SimpleString.of("anju.expired"))
                .setMaxDeliveryAttempts(10)
                .setAutoCreateAddresses(true)
                .setAutoCreateQueues(true));
        server.setConfiguration(config);
        server.setSecurityManager(security);
        this.mqttPort = mqttPort;
    }

    private final int mqttPort;

    public void start() throws Exception {
        server.start();
        LOG.info("Embedded Artemis broker started; MQTT acceptor on port " + mqttPort);
    }

    public void stop() {
        try {
            server.stop();
        } catch (Exception e) {
            LOG.warning("Embedded broker did not stop cleanly: " + e);
        }
    }

    public boolean active() {
        return server.getActiveMQServer() != null && server.getActiveMQServer().isActive();
    }
}
