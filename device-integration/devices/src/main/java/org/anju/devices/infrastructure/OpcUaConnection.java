package org.anju.devices.infrastructure;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.MeterSample;
import org.anju.devices.domain.OpcUaConnectionState;
import org.anju.devices.domain.OpcUaSecurityMode;
import org.anju.devices.domain.OpcUaSecurityPolicy;
import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.sdk.client.SessionActivityListener;
import org.eclipse.milo.opcua.sdk.client.api.UaSession;
import org.eclipse.milo.opcua.sdk.client.api.identity.AnonymousProvider;
import org.eclipse.milo.opcua.sdk.client.api.identity.IdentityProvider;
import org.eclipse.milo.opcua.sdk.client.api.identity.UsernameProvider;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaMonitoredItem;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscription;
import org.eclipse.milo.opcua.sdk.client.api.subscriptions.UaSubscriptionManager;
import org.eclipse.milo.opcua.stack.core.AttributeId;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.QualifiedName;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MonitoringMode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoredItemCreateRequest;
import org.eclipse.milo.opcua.stack.core.types.structured.MonitoringParameters;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadResponse;
import org.eclipse.milo.opcua.stack.core.types.structured.ReadValueId;
import org.eclipse.milo.opcua.stack.core.util.EndpointUtil;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * The platform's client of one gateway (devices protocol 2.4): one Milo session, one subscription (publishing and
 * sampling 1 s, queue 10, discard oldest) with a monitored item per mapped node.
 *
 * <p>Threads: Milo's own threads only put arrived values into a bounded queue (blocking when it is full, which slows the
 * subscription down rather than dropping anything: readings are cumulative and the server keeps the latest values); a
 * worker made by the container's ManagedThreadFactory hands them over in batches to the store, retrying until stored.
 * Connecting and resubscribing run on the managed scheduler, never on a Milo thread (RECIPES: a subscription is
 * recreated from another thread).
 *
 * <p>Reconnection: a first connection that fails is retried with back-off (1 s doubling to 30 s). Once connected, Milo
 * re-establishes a lost session by itself; when the session is active again the client looks the namespace index up
 * again (a restarted server may number namespaces differently), recreates the subscription if the server lost it
 * ({@code Bad_SubscriptionIdInvalid} on transfer) and reads every value once, so a change during the outage is stored
 * even if no notification ever reports it. Values that did not change are dropped by the store.
 */
public final class OpcUaConnection {

    private static final Logger LOG = Logger.getLogger(OpcUaConnection.class.getName());
    static final String APPLICATION_URI = "urn:anju:platform:opcua-client";
    private static final int CHUNK = 1_000;
    private static final double INTERVAL_MS = 1_000.0;

    /** Stores a batch; returns normally only once it is stored (the number of readings actually stored). */
    public interface BatchHandler {
        int handle(List<MeterSample> batch) throws Exception;
    }

    /** A mapped node: its string identifier in the endpoint's namespace and the unit's meter it reads. */
    public record Node(String identifier, long unitId, MeterKind kind) {
    }

    /** Everything a client needs; the password in clear, held in memory only. */
    public record Config(long endpointId, String name, String url, OpcUaSecurityPolicy policy, OpcUaSecurityMode mode,
                         String username, String password, String namespaceUri, long configVersion,
                         List<Node> nodes) {
        public Config {
            nodes = List.copyOf(nodes);
        }

        @Override
        public String toString() {
            return "Config[" + endpointId + " " + name + " " + url + " v" + configVersion + ", " + nodes.size()
                    + " nodes]"; // never the password
        }
    }

    /** What the console and health show. */
    public record Status(OpcUaConnectionState state, Instant since, String lastError, int monitoredItems,
                         int badNodes, Instant lastValueAt, long readingsStored, int backlog) {
    }

    private final String label;
    private final Config config;
    private final ScheduledExecutorService scheduler;
    private final ThreadFactory threads;
    private final BatchHandler handler;
    private final OpcUaCertificates certificates;
    private final Map<String, Node> nodes = new HashMap<>();
    private final BlockingQueue<MeterSample> arrived = new LinkedBlockingQueue<>(200_000);
    private final int maxBatch;
    private final Object lock = new Object();
    private final AtomicLong stored = new AtomicLong();

    private volatile boolean running;
    private volatile OpcUaClient client;
    private volatile UaSubscription subscription;
    private volatile boolean subscriptionLost;
    private volatile boolean sessionLost;
    private volatile int namespaceIndex = -1;
    private volatile OpcUaConnectionState state = OpcUaConnectionState.DISCONNECTED;
    private volatile Instant since = Instant.now();
    private volatile String lastError;
    private volatile int monitoredItems;
    private volatile int badNodes;
    private volatile Instant lastValueAt;
    private int failures;
    private Thread worker;

    public OpcUaConnection(String label, Config config, ScheduledExecutorService scheduler, ThreadFactory threads,
                           BatchHandler handler, OpcUaCertificates certificates, int maxBatch) {
        this.label = label;
        this.config = config;
        this.scheduler = scheduler;
        this.threads = threads;
        this.handler = handler;
        this.certificates = certificates;
        this.maxBatch = maxBatch;
        for (Node n : config.nodes()) {
            nodes.put(n.identifier(), n);
        }
    }

    public Config config() {
        return config;
    }

    public Status status() {
        return new Status(state, since, lastError, monitoredItems, badNodes, lastValueAt, stored.get(),
                arrived.size());
    }

    /** Starts the worker and the first connection attempt; returns at once. */
    public void start() {
        running = true;
        worker = threads.newThread(this::work);
        worker.setName("anju-opcua-" + label);
        worker.start();
        state(OpcUaConnectionState.CONNECTING, null);
        scheduler.execute(this::connect);
    }

    /** Stops: subscription and session closed, worker ended; values still queued are dropped (re-read at next start). */
    public void stop() {
        running = false;
        synchronized (lock) {
            closeClient();
        }
        Thread w = worker;
        if (w != null) {
            w.interrupt();
            try {
                w.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        arrived.clear();
        state(OpcUaConnectionState.DISCONNECTED, null);
    }

    // ------------------------------------------------------------------ connecting

    private void connect() {
        synchronized (lock) {
            if (!running || client != null) {
                return;
            }
            OpcUaClient c = null;
            try {
                c = newClient(config, certificates, "Anju platform", 10_000);
                OpcUaClient mine = c;
                c.addSessionActivityListener(new SessionActivityListener() {
                    @Override
                    public void onSessionActive(UaSession session) {
                        if (sessionLost && running && client == mine) {
                            sessionLost = false;
                            scheduler.execute(OpcUaConnection.this::resync);
                        }
                    }

                    @Override
                    public void onSessionInactive(UaSession session) {
                        // only the current client's losses count: a client given up on says nothing any more
                        if (running && client == mine) {
                            sessionLost = true;
                            state(OpcUaConnectionState.CONNECTING, "connection lost; reconnecting");
                            LOG.warning("OPC UA " + label + " (" + config.url() + ") session lost; reconnecting");
                        }
                    }
                });
                c.getSubscriptionManager().addSubscriptionListener(new UaSubscriptionManager.SubscriptionListener() {
                    @Override
                    public void onSubscriptionTransferFailed(UaSubscription s, StatusCode status) {
                        // the server restarted: recreate it, from another thread than Milo's
                        subscriptionLost = true;
                        if (running && client == mine) {
                            scheduler.execute(OpcUaConnection.this::resync);
                        }
                    }
                });
                c.connect().get(20, TimeUnit.SECONDS);
                client = c;
                subscriptionLost = true;
                resyncLocked();
                failures = 0;
                LOG.info("OPC UA " + label + " connected to " + config.url() + ": " + monitoredItems
                        + " monitored items" + (badNodes > 0 ? ", " + badNodes + " nodes unknown to the server" : ""));
            } catch (Exception e) {
                if (c != null && client == null) {
                    disconnectQuietly(c);
                }
                closeClient();
                failed(e);
                if (running) {
                    long delay = Math.min(30_000L, 1_000L << Math.min(failures, 5));
                    failures++;
                    scheduler.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
                }
            }
        }
    }

    /** A Milo client for the endpoint: its policy and mode, our URL's host and port, its identity, our certificate. */
    static OpcUaClient newClient(Config config, OpcUaCertificates certificates, String applicationName,
                                 int requestTimeoutMs) throws UaException {
        String host = EndpointUtil.getHost(config.url());
        int port = EndpointUtil.getPort(config.url());
        MessageSecurityMode mode = switch (config.mode()) {
            case NONE -> MessageSecurityMode.None;
            case SIGN -> MessageSecurityMode.Sign;
            case SIGN_AND_ENCRYPT -> MessageSecurityMode.SignAndEncrypt;
        };
        IdentityProvider identity = config.username() == null ? new AnonymousProvider()
                : new UsernameProvider(config.username(), config.password());
        return OpcUaClient.create(config.url(),
                endpoints -> endpoints.stream()
                        .filter(e -> config.policy().uri().equals(e.getSecurityPolicyUri()) && e.getSecurityMode() == mode)
                        .findFirst()
                        // the server may describe itself under a name we cannot reach (NAT, container): use ours
                        .map(e -> EndpointUtil.updateUrl(e, host, port)),
                builder -> {
                    builder.setApplicationName(LocalizedText.english(applicationName))
                            .setApplicationUri(APPLICATION_URI)
                            .setProductUri("urn:anju:platform")
                            .setIdentityProvider(identity)
                            .setRequestTimeout(uint(requestTimeoutMs))
                            .setConnectTimeout(uint(5_000))
                            .setSessionTimeout(uint(120_000));
                    if (config.policy() != OpcUaSecurityPolicy.NONE) {
                        OpcUaCertificates.ClientIdentity id = certificates.clientIdentity();
                        builder.setKeyPair(id.keyPair()).setCertificate(id.certificate())
                                .setCertificateChain(new java.security.cert.X509Certificate[] {id.certificate()})
                                .setCertificateValidator(certificates.validator());
                    }
                    return builder.build();
                });
    }

    private void resync() {
        synchronized (lock) {
            if (!running || client == null) {
                return;
            }
            try {
                resyncLocked();
                LOG.info("OPC UA " + label + " (" + config.url() + ") back: " + monitoredItems
                        + " monitored items, every value read once");
            } catch (Exception e) {
                failed(e);
                if (running) {
                    // the session may be fine while a call failed: try again; a lost session calls us anyway
                    scheduler.schedule(this::resync, 5, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** Namespace index, subscription (recreated when lost or renumbered), then one read of every value. */
    private void resyncLocked() throws Exception {
        OpcUaClient c = client;
        UShort ix = c.readNamespaceTable().getIndex(config.namespaceUri());
        if (ix == null) {
            throw new IllegalStateException("namespace " + config.namespaceUri() + " is not on the server");
        }
        int index = ix.intValue();
        boolean renumbered = index != namespaceIndex;
        namespaceIndex = index;
        if (subscriptionLost || renumbered || subscription == null) {
            // new monitored items report every current value first: that is the read after an outage
            subscribe(c);
            subscriptionLost = false;
        } else {
            readAll(c);
        }
        state(OpcUaConnectionState.CONNECTED, null);
    }

    private void subscribe(OpcUaClient c) throws Exception {
        UaSubscription old = subscription;
        subscription = null;
        if (old != null) {
            try {
                c.getSubscriptionManager().deleteSubscription(old.getSubscriptionId()).get(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                LOG.log(Level.FINE, "old subscription already gone", e);
            }
        }
        UaSubscription s = c.getSubscriptionManager().createSubscription(INTERVAL_MS).get(10, TimeUnit.SECONDS);
        List<Node> all = new ArrayList<>(nodes.values());
        int good = 0;
        int bad = 0;
        int perCall = CHUNK;
        for (int from = 0; from < all.size(); ) {
            List<Node> chunk = all.subList(from, Math.min(all.size(), from + perCall));
            List<MonitoredItemCreateRequest> requests = new ArrayList<>(chunk.size());
            for (Node n : chunk) {
                MonitoringParameters p = new MonitoringParameters(s.nextClientHandle(), INTERVAL_MS, null, uint(10),
                        true);
                requests.add(new MonitoredItemCreateRequest(readValueId(n), MonitoringMode.Reporting, p));
            }
            List<UaMonitoredItem> items;
            try {
                items = s.createMonitoredItems(TimestampsToReturn.Both, requests,
                        (item, i) -> {
                            Node n = chunk.get(i);
                            item.setValueConsumer(v -> arrived(n, v));
                        }).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (perCall > 1 && tooManyOperations(e)) {
                    perCall = Math.max(1, perCall / 2); // the server's MaxMonitoredItemsPerCall is lower
                    continue;
                }
                throw e;
            }
            from += chunk.size();
            for (UaMonitoredItem item : items) {
                if (item.getStatusCode().isGood()) {
                    good++;
                } else {
                    bad++;
                }
            }
        }
        subscription = s;
        monitoredItems = good;
        badNodes = bad;
    }

    private void readAll(OpcUaClient c) throws Exception {
        List<Node> all = new ArrayList<>(nodes.values());
        int perCall = CHUNK;
        for (int from = 0; from < all.size(); ) {
            List<Node> chunk = all.subList(from, Math.min(all.size(), from + perCall));
            List<ReadValueId> ids = chunk.stream().map(this::readValueId).toList();
            ReadResponse r;
            try {
                r = c.read(0.0, TimestampsToReturn.Both, ids).get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (perCall > 1 && tooManyOperations(e)) {
                    perCall = Math.max(1, perCall / 2); // the server's MaxNodesPerRead is lower
                    continue;
                }
                throw e;
            }
            from += chunk.size();
            DataValue[] values = r.getResults();
            for (int i = 0; values != null && i < values.length; i++) {
                arrived(chunk.get(i), values[i]);
            }
        }
    }

    private ReadValueId readValueId(Node n) {
        return new ReadValueId(new NodeId(namespaceIndex, n.identifier()), AttributeId.Value.uid(), null,
                QualifiedName.NULL_VALUE);
    }

    // ------------------------------------------------------------------ values

    /** On a Milo thread (notification) or ours (read): convert and queue, nothing more. */
    void arrived(Node n, DataValue v) {
        if (!running || v == null || v.getStatusCode() == null || !v.getStatusCode().isGood()
                || v.getValue() == null || v.getValue().getValue() == null) {
            return;
        }
        Object raw = v.getValue().getValue();
        BigDecimal value;
        if (raw instanceof Boolean b) {
            value = b ? BigDecimal.ONE : BigDecimal.ZERO;
        } else if (raw instanceof Number num) {
            double d = num.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return;
            }
            value = MeterSample.valueOf(d);
        } else {
            return;
        }
        Instant now = Instant.now();
        Instant server = instant(v.getServerTime());
        Instant source = instant(v.getSourceTime());
        MeterSample s = new MeterSample(n.unitId(), n.kind(), value, source != null ? source : server != null ? server : now,
                server, now, "opcua:" + config.endpointId(), n.identifier());
        lastValueAt = now;
        try {
            arrived.put(s);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Instant instant(DateTime t) {
        return t == null || t.isNull() ? null : t.getJavaInstant();
    }

    private void work() {
        List<MeterSample> batch = new ArrayList<>(maxBatch);
        while (running) {
            try {
                MeterSample first = arrived.poll(200, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
                arrived.drainTo(batch, maxBatch - 1);
                handOver(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void handOver(List<MeterSample> batch) throws InterruptedException {
        long wait = 200;
        while (running) {
            try {
                stored.addAndGet(handler.handle(List.copyOf(batch)));
                return;
            } catch (Exception e) {
                LOG.log(Level.WARNING, "OPC UA " + label + ": storing " + batch.size() + " readings failed; retrying", e);
                Thread.sleep(wait);
                wait = Math.min(wait * 2, 5_000);
            }
        }
    }

    // ------------------------------------------------------------------ state

    private void state(OpcUaConnectionState s, String error) {
        if (state != s) {
            since = Instant.now();
        }
        state = s;
        if (error != null || s == OpcUaConnectionState.CONNECTED) {
            lastError = error;
        }
    }

    private void failed(Exception e) {
        String why = describe(e);
        state(OpcUaConnectionState.ERROR, why);
        LOG.warning("OPC UA " + label + " (" + config.url() + "): " + why);
    }

    /** Whether a call failed because it asked for more operations than the server allows in one request. */
    static boolean tooManyOperations(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UaException u && u.getStatusCode() != null
                    && u.getStatusCode().getValue() == StatusCodes.Bad_TooManyOperations) {
                return true;
            }
        }
        return false;
    }

    static String describe(Throwable e) {
        Throwable t = e;
        while ((t instanceof ExecutionException || t instanceof CompletionException) && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = (t instanceof UaException ? "" : t.getClass().getSimpleName() + ": ")
                + Optional.ofNullable(t.getMessage()).orElse(t.getClass().getSimpleName());
        msg = msg.trim();
        return msg.length() > 300 ? msg.substring(0, 300) : msg;
    }

    private void closeClient() {
        OpcUaClient c = client;
        client = null;
        subscription = null;
        monitoredItems = 0;
        if (c != null) {
            disconnectQuietly(c);
        }
    }

    private static void disconnectQuietly(OpcUaClient c) {
        try {
            c.disconnect().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.log(Level.FINE, "OPC UA disconnect", e);
        }
    }

    /** Nodes by identifier (tests). */
    Map<String, Node> nodes() {
        return nodes;
    }
}
