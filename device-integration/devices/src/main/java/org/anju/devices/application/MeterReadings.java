package org.anju.devices.application;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.anju.devices.api.MeterKind;
import org.anju.devices.api.MeterReading;
import org.anju.devices.api.MeterReadingsRecorded;
import org.anju.devices.domain.MeterSample;
import org.anju.devices.domain.MeterSeries;
import org.anju.devices.domain.OpcUaNodeMapping;
import org.anju.devices.infrastructure.MeterStore;
import org.anju.devices.infrastructure.OpcUaStore;
import org.anju.housing.api.UnitDirectory;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;

/**
 * Stores meter readings (P4, R7.3c), wherever they come from: a gateway over OPC UA ({@link #ingest}) or a vendor's
 * push over REST ({@link #record}). One batch is one transaction that locks the batch's meters, decides by
 * {@link MeterSeries} what to store (first value, then changes; duplicates and unchanged values dropped; decreases and
 * jumps flagged, never dropped), inserts the readings, adds to the days and moves each meter's last reading on. After
 * the commit, {@link MeterReadingsRecorded} carries what was actually stored.
 */
@ApplicationScoped
public class MeterReadings {

    private static final Logger LOG = Logger.getLogger(MeterReadings.class.getName());
    /** A vendor push larger than this is refused: split it. */
    public static final int MAX_PUSH = 1_000;

    /**
     * One reading pushed by a vendor: a mapped NodeId, or a unit and kind; the value (m³, kWh, or 1/0 for ONLINE) and
     * the meter's time.
     */
    public record ReadingInput(String nodeId, Long unitId, MeterKind kind, BigDecimal value, Instant sourceTime) {
    }

    @Inject
    MeterStore meters;

    @Inject
    OpcUaStore nodes;

    @Inject
    UnitDirectory units;

    @Inject
    Transactions transactions;

    @Inject
    Event<MeterReadingsRecorded> recorded;

    @Resource
    TransactionSynchronizationRegistry registry;

    /**
     * Records readings pushed by a vendor, in the current tenant's scope; {@code source} names the vendor
     * ({@code vendor:<code>}). Idempotent on (unit, kind, source time): a reading sent again is stored once. Joins the
     * caller's transaction (the event then fires after it commits) or runs in one of its own. A bad reading refuses
     * the whole push with 400 naming {@code readings[i].<field>}.
     */
    public OpcUaViews.RecordResult record(String source, List<ReadingInput> inputs) {
        TenantId tenant = TenantContext.require();
        if (inputs == null || inputs.isEmpty() || inputs.size() > MAX_PUSH) {
            throw ProblemException.invalid("readings", "meter.validation.readings.size", MAX_PUSH);
        }
        if (active()) {
            Stored s = resolveAndStore(source, inputs);
            registry.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        fire(tenant, s.stored());
                    }
                }
            });
            return new OpcUaViews.RecordResult(s.stored().size(), inputs.size() - s.stored().size());
        }
        Stored s = transactions.inNew(() -> resolveAndStore(source, inputs));
        fire(tenant, s.stored());
        return new OpcUaViews.RecordResult(s.stored().size(), inputs.size() - s.stored().size());
    }

    /** Stores a gateway's batch in its organization: own tenant scope, own transaction, event after commit. */
    public int ingest(TenantId tenant, List<MeterSample> batch) {
        return TenantScope.call(tenant, "system:opcua", () -> {
            Stored s = transactions.inNew(() -> store(batch));
            fire(tenant, s.stored());
            return s.stored().size();
        });
    }

    record Stored(List<MeterReading> stored) {
    }

    private Stored resolveAndStore(String source, List<ReadingInput> inputs) {
        Set<String> nodeIds = inputs.stream().map(ReadingInput::nodeId).filter(n -> n != null && !n.isBlank())
                .collect(Collectors.toSet());
        Map<String, List<OpcUaNodeMapping>> mapped = nodes.nodesByNodeId(nodeIds).stream()
                .collect(Collectors.groupingBy(OpcUaNodeMapping::nodeId));
        Map<Long, Boolean> unitExists = new HashMap<>();
        ProblemException.Violations v = new ProblemException.Violations();
        List<MeterSample> samples = new ArrayList<>();
        Instant now = Instant.now();
        for (int i = 0; i < inputs.size(); i++) {
            ReadingInput in = inputs.get(i);
            String at = "readings[" + i + "].";
            if (in == null) {
                v.add("readings[" + i + "]", "meter.validation.reading.missing");
                continue;
            }
            if (in.value() == null) {
                v.add(at + "value", "meter.validation.value.missing");
            } else if (in.value().signum() < 0 || in.value().abs().compareTo(new BigDecimal("1e12")) >= 0) {
                v.add(at + "value", "meter.validation.value.range");
            }
            if (in.sourceTime() == null) {
                v.add(at + "sourceTime", "meter.validation.sourceTime.missing");
            }
            Long unitId = in.unitId();
            MeterKind kind = in.kind();
            String nodeId = in.nodeId() == null || in.nodeId().isBlank() ? null : in.nodeId().trim();
            if (nodeId != null) {
                List<OpcUaNodeMapping> m = mapped.getOrDefault(nodeId, List.of());
                if (m.size() != 1) {
                    v.add(at + "nodeId", m.isEmpty() ? "meter.validation.node.unknown" : "meter.validation.node.ambiguous",
                            nodeId);
                    continue;
                }
                unitId = m.get(0).unitId();
                kind = m.get(0).kind();
            } else if (unitId == null || kind == null) {
                v.add(at + (unitId == null ? "unitId" : "kind"), "meter.validation.target");
                continue;
            } else if (!unitExists.computeIfAbsent(unitId, u -> units.find(u).isPresent())) {
                v.add(at + "unitId", "meter.validation.unit.unknown", unitId);
                continue;
            }
            if (kind == MeterKind.ONLINE && in.value() != null && in.value().compareTo(BigDecimal.ONE) != 0
                    && in.value().signum() != 0) {
                v.add(at + "value", "meter.validation.online");
            }
            if (in.value() != null && in.sourceTime() != null) {
                samples.add(new MeterSample(unitId, kind, in.value(), in.sourceTime(), null, now, source, nodeId));
            }
        }
        v.throwIfAny();
        return store(samples);
    }

    /** The batch's rules and statements, in the caller's transaction. */
    Stored store(List<MeterSample> batch) {
        Set<MeterSeries.Key> keys = batch.stream().map(s -> new MeterSeries.Key(s.unitId(), s.kind()))
                .collect(Collectors.toSet());
        Map<MeterSeries.Key, MeterSeries.State> states = meters.lockStates(keys);
        MeterSeries.Outcome outcome = MeterSeries.apply(states, batch);
        List<MeterSeries.Accepted> inserted = meters.insert(outcome.accepted());
        meters.addDays(MeterSeries.days(inserted));
        Map<MeterSeries.Key, MeterSeries.Accepted> latest = new LinkedHashMap<>();
        for (MeterSeries.Accepted a : inserted) {
            if (!a.late()) {
                latest.merge(a.key(), a, (x, y) -> y.sample().sourceTime().isAfter(x.sample().sourceTime()) ? y : x);
            }
        }
        meters.saveStates(latest.values());
        return new Stored(inserted.stream().map(a -> new MeterReading(a.sample().unitId(), a.sample().kind(),
                a.sample().value(), a.delta(), a.flag(), a.sample().sourceTime(), a.sample().receivedAt(),
                a.sample().source())).toList());
    }

    private void fire(TenantId tenant, List<MeterReading> stored) {
        if (stored.isEmpty()) {
            return;
        }
        try {
            recorded.fire(new MeterReadingsRecorded(tenant, stored));
        } catch (RuntimeException e) {
            // stored and committed: an observer's failure must not make the batch look unstored (and be retried)
            LOG.log(Level.WARNING, "An observer of MeterReadingsRecorded failed", e);
        }
    }

    private boolean active() {
        try {
            return registry.getTransactionStatus() == Status.STATUS_ACTIVE;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
