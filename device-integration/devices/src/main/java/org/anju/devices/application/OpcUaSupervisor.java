package org.anju.devices.application;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.anju.devices.domain.MeterSeries;
import org.anju.devices.infrastructure.MonthlyPartitions;
import org.anju.devices.infrastructure.OpcUaClients;
import org.anju.devices.infrastructure.OpcUaConnection;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keeps one client running per enabled endpoint of every operator this server serves. A pass over the operators runs
 * shortly after start (once their schemas are migrated they count as available) and then every
 * {@code anju.opcua.reconcile-seconds} (60), so an operator that becomes available later, or a change made on another
 * server, is picked up; a change made here applies at once, after its commit. Each pass also makes the monthly
 * partitions of {@code meter_reading} ahead, once a day per operator. One operator's failure is logged; the others go
 * on. {@code anju.opcua.enabled=false} keeps every client off (a server that must not talk to gateways).
 */
@ApplicationScoped
public class OpcUaSupervisor {

    private static final Logger LOG = Logger.getLogger(OpcUaSupervisor.class.getName());

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    OrganizationDirectory organizations;

    @Inject
    OpcUaEndpoints endpoints;

    @Inject
    OpcUaClients clients;

    @Inject
    MeterReadings readings;

    @Inject
    MonthlyPartitions partitions;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "anju.opcua.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "anju.opcua.reconcile-seconds", defaultValue = "60")
    int reconcileSeconds;

    private final Map<TenantId, LocalDate> partitioned = new ConcurrentHashMap<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::reconcileAll, 5, Math.max(5, reconcileSeconds), TimeUnit.SECONDS);
        LOG.info("OPC UA clients " + (enabled ? "start for every operator's enabled endpoints, checked every "
                + reconcileSeconds + " s" : "are off (anju.opcua.enabled=false)"));
    }

    /** After an endpoint or node map change committed: bring that organization's clients in line, off the request. */
    void onChange(@Observes(during = TransactionPhase.AFTER_SUCCESS) OpcUaEndpointChanged change) {
        scheduler.execute(() -> {
            try {
                reconcile(change.tenant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "OPC UA clients of " + change.tenant() + " not updated; the next pass retries", e);
            }
        });
    }

    void reconcileAll() {
        for (OrganizationRef o : organizations.availableOperators()) {
            try {
                reconcile(o.tenant());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "OPC UA clients of " + o.code() + " not checked; the others go on", e);
            }
        }
    }

    /** Starts, restarts or stops the organization's clients to match its enabled endpoints. */
    public void reconcile(TenantId tenant) {
        TenantScope.call(tenant, "system:opcua", () -> {
            LocalDate today = LocalDate.now(MeterSeries.ZONE);
            if (!today.equals(partitioned.get(tenant))) {
                transactions.runInNew(() -> partitions.ensureAhead("meter_reading"));
                partitioned.put(tenant, today);
            }
            List<OpcUaConnection.Config> configs = enabled ? transactions.inNew(endpoints::enabledConfigs) : List.of();
            Set<Long> keep = new HashSet<>();
            for (OpcUaConnection.Config c : configs) {
                keep.add(c.endpointId());
                clients.ensure(tenant, c, batch -> readings.ingest(tenant, batch));
            }
            clients.retain(tenant, keep);
            return null;
        });
    }
}
