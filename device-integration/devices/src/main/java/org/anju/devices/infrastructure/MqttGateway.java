package org.anju.devices.infrastructure;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.eclipse.paho.client.mqttv3.IMqttDeliveryToken;
import org.eclipse.paho.client.mqttv3.MqttCallbackExtended;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;

/**
 * The platform's MQTT client on one broker (the embedded one, or an external one by configuration: the same code).
 *
 * <p>Nothing is lost: the session is persistent (clean session off, a fixed client id per server) and subscriptions
 * are QoS 1, so the broker keeps what arrives while the server is down; acknowledgements are manual and sent only
 * after the batch holding the message committed. A crash between commit and PUBACK redelivers the message, which
 * the event id makes harmless. Arrived messages wait in a bounded queue (the Paho thread blocks when it is full, which
 * slows the broker down instead of dropping anything) for one worker thread that hands them over in batches.
 */
public final class MqttGateway {

    private static final Logger LOG = Logger.getLogger(MqttGateway.class.getName());

    /** A batch of arrived messages; the handler returns normally only once they are safely stored. */
    public interface BatchHandler {
        void handle(List<Incoming> batch) throws Exception;
    }

    private record Arrived(Incoming incoming, int id, int qos) {
    }

    private final String name;
    private final String url;
    private final String clientId;
    private final String user;
    private final char[] password;
    private final List<String> subscriptions;
    private final BatchHandler handler;
    private final int maxBatch;
    private final BlockingQueue<Arrived> arrived = new ArrayBlockingQueue<>(20_000);
    private volatile MqttClient client;
    private volatile boolean running;
    private volatile Instant connectedSince;
    private volatile String lastError;
    private Thread worker;

    public MqttGateway(String name, String url, String clientId, String user, String password,
                       List<String> subscriptions, BatchHandler handler, int maxBatch) {
        this.name = name;
        this.url = url;
        this.clientId = clientId;
        this.user = user;
        this.password = password == null ? null : password.toCharArray();
        this.subscriptions = List.copyOf(subscriptions);
        this.handler = handler;
        this.maxBatch = maxBatch;
    }

    /** Connects (retrying in the background when the broker is not there yet) and starts the worker. */
    public void start(ThreadFactory threads) throws MqttException {
        running = true;
        worker = threads.newThread(this::work);
        worker.setName("anju-mqtt-" + name);
        worker.start();
        client = new MqttClient(url, clientId, new MemoryPersistence());
        client.setManualAcks(true);
        client.setCallback(new MqttCallbackExtended() {
            @Override
            public void connectComplete(boolean reconnect, String serverURI) {
                connectedSince = Instant.now();
                lastError = null;
                // Not on this (Paho's callback) thread: a persistent session's backlog arrives before the SUBACK, the
                // receiver blocks handing it to this thread, and a subscribe waiting here would never see its SUBACK
                // (found by LockRestartIT: after a kill, the platform stopped receiving).
                Thread s = threads.newThread(MqttGateway.this::subscribe);
                s.setName("anju-mqtt-subscribe-" + name);
                s.start();
            }

            @Override
            public void connectionLost(Throwable cause) {
                connectedSince = null;
                lastError = String.valueOf(cause);
                LOG.warning("MQTT " + name + " (" + url + ") connection lost: " + cause + "; reconnecting");
            }

            @Override
            public void messageArrived(String topic, MqttMessage message) throws InterruptedException {
                arrived.put(new Arrived(new Incoming(topic, message.getPayload(), Instant.now(), "MQTT"),
                        message.getId(), message.getQos()));
            }

            @Override
            public void deliveryComplete(IMqttDeliveryToken token) {
            }
        });
        MqttConnectOptions options = options();
        Thread connector = threads.newThread(() -> {
            long wait = 500;
            while (running && !client.isConnected()) {
                try {
                    client.connect(options);
                } catch (MqttException e) {
                    lastError = e.toString();
                    LOG.log(Level.FINE, "MQTT " + name + " not reachable yet", e);
                    sleep(wait);
                    wait = Math.min(wait * 2, 10_000);
                }
            }
        });
        connector.setName("anju-mqtt-connect-" + name);
        connector.start();
    }

    private MqttConnectOptions options() {
        MqttConnectOptions o = new MqttConnectOptions();
        o.setCleanSession(false);
        o.setAutomaticReconnect(true);
        o.setKeepAliveInterval(30);
        o.setConnectionTimeout(10);
        o.setMaxInflight(1_000);
        o.setMqttVersion(MqttConnectOptions.MQTT_VERSION_3_1_1);
        if (user != null) {
            o.setUserName(user);
            o.setPassword(password);
        }
        return o;
    }

    private void subscribe() {
        try {
            String[] topics = subscriptions.toArray(String[]::new);
            int[] qos = new int[topics.length];
            java.util.Arrays.fill(qos, 1);
            client.subscribe(topics, qos);
            LOG.info("MQTT " + name + " (" + url + ") connected as " + clientId + ", subscribed to " + subscriptions);
        } catch (MqttException e) {
            lastError = e.toString();
            LOG.log(Level.WARNING, "MQTT " + name + " could not subscribe", e);
        }
    }

    /** Publishes at QoS 1 (commands to locks). False when not connected: the caller's retry schedule applies. */
    public boolean publish(String topic, String json) {
        MqttClient c = client;
        if (c == null || !c.isConnected()) {
            return false;
        }
        try {
            MqttMessage m = new MqttMessage(json.getBytes(StandardCharsets.UTF_8));
            m.setQos(1);
            m.setRetained(false);
            c.publish(topic, m);
            return true;
        } catch (MqttException e) {
            lastError = e.toString();
            LOG.log(Level.WARNING, "MQTT " + name + " publish to " + topic + " failed", e);
            return false;
        }
    }

    private void work() {
        List<Arrived> batch = new ArrayList<>(maxBatch);
        while (running || !arrived.isEmpty()) {
            try {
                Arrived first = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                arrived.drainTo(batch, maxBatch - 1);
                handOver(batch);
                batch.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Hands a batch over until it is stored, then acknowledges it; a failing store is retried, never skipped. */
    private void handOver(List<Arrived> batch) throws InterruptedException {
        List<Incoming> messages = batch.stream().map(Arrived::incoming).toList();
        long wait = 200;
        while (true) {
            try {
                handler.handle(messages);
                break;
            } catch (Exception e) {
                if (!running) {
                    // Not acknowledged: the broker delivers it again to the next session.
                    return;
                }
                LOG.log(Level.WARNING, "Storing " + messages.size() + " device messages failed; retrying", e);
                Thread.sleep(wait);
                wait = Math.min(wait * 2, 5_000);
            }
        }
        MqttClient c = client;
        for (Arrived a : batch) {
            try {
                c.messageArrivedComplete(a.id(), a.qos());
            } catch (MqttException | RuntimeException e) {
                // The connection dropped: the broker redelivers, the event id makes it harmless.
                LOG.log(Level.FINE, "MQTT ack lost", e);
            }
        }
    }

    public void stop() {
        running = false;
        MqttClient c = client;
        if (worker != null) {
            try {
                worker.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (c != null) {
            try {
                if (c.isConnected()) {
                    c.disconnect(2_000);
                }
                c.close(true);
            } catch (MqttException e) {
                LOG.log(Level.FINE, "MQTT close", e);
            }
        }
    }

    public String name() {
        return name;
    }

    public String url() {
        return url;
    }

    public boolean connected() {
        MqttClient c = client;
        return c != null && c.isConnected();
    }

    public Instant connectedSince() {
        return connectedSince;
    }

    public String lastError() {
        return lastError;
    }

    public int backlog() {
        return arrived.size();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

}
