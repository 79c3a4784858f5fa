package org.anju.devices.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.tenancy.api.TenantId;

/**
 * The running gateway clients of this server, one per enabled endpoint of every organization, keyed by tenant and
 * endpoint. A client is replaced when its endpoint's configuration version changes and stopped when the endpoint is
 * disabled or deleted. Their states live here, in memory: each server of a cluster reports its own clients.
 */
@ApplicationScoped
public class OpcUaClients {

    private static final Logger LOG = Logger.getLogger(OpcUaClients.class.getName());
    /** Up to 20,000 values a transaction: a meter seen several times in a batch costs one day and one state row. */
    static final int MAX_BATCH = 20_000;

    /** Which organization's which endpoint. */
    public record Key(TenantId tenant, long endpointId) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Resource
    ManagedThreadFactory threads;

    @Inject
    OpcUaCertificates certificates;

    private final Map<Key, OpcUaConnection> clients = new ConcurrentHashMap<>();

    /** Makes sure a client runs with {@code config}; restarts it when the configuration version differs. */
    public synchronized void ensure(TenantId tenant, OpcUaConnection.Config config,
                                    OpcUaConnection.BatchHandler handler) {
        Key key = new Key(tenant, config.endpointId());
        OpcUaConnection current = clients.get(key);
        if (current != null && current.config().configVersion() == config.configVersion()) {
            return;
        }
        if (current != null) {
            current.stop();
            clients.remove(key);
        }
        OpcUaConnection c = new OpcUaConnection(tenant.organizationCode() + "-" + config.endpointId(), config,
                scheduler, threads, handler, certificates, MAX_BATCH);
        clients.put(key, c);
        c.start();
        LOG.info("OPC UA client " + key + " started (" + config + ")");
    }

    public synchronized void stop(TenantId tenant, long endpointId) {
        OpcUaConnection c = clients.remove(new Key(tenant, endpointId));
        if (c != null) {
            c.stop();
            LOG.info("OPC UA client " + tenant + "/" + endpointId + " stopped");
        }
    }

    /** Stops the clients of {@code tenant} whose endpoint is not in {@code keep} (deleted or disabled). */
    public synchronized void retain(TenantId tenant, Set<Long> keep) {
        for (Key k : Set.copyOf(clients.keySet())) {
            if (k.tenant().equals(tenant) && !keep.contains(k.endpointId())) {
                stop(tenant, k.endpointId());
            }
        }
    }

    public Optional<OpcUaConnection.Status> status(TenantId tenant, long endpointId) {
        return Optional.ofNullable(clients.get(new Key(tenant, endpointId))).map(OpcUaConnection::status);
    }

    /** Every client's state, for health. */
    public Map<Key, OpcUaConnection.Status> all() {
        Map<Key, OpcUaConnection.Status> out = new LinkedHashMap<>();
        clients.forEach((k, c) -> out.put(k, c.status()));
        return out;
    }

    @PreDestroy
    synchronized void stopAll() {
        for (Key k : Set.copyOf(clients.keySet())) {
            stop(k.tenant(), k.endpointId());
        }
    }
}
