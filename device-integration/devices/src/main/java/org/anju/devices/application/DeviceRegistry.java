package org.anju.devices.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditTrail;
import org.anju.devices.domain.Device;
import org.anju.devices.domain.DeviceKind;
import org.anju.devices.domain.LockTopic;
import org.anju.devices.domain.Registration;
import org.anju.devices.infrastructure.DeviceLogins;
import org.anju.devices.infrastructure.DevicesStore;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantContext;

/**
 * The device registry (设备备案, R8.1c): staff or an authorised vendor register a device; someone holding
 * {@code device:approve} approves it (maker and checker may be the same administrator, the record says who did
 * what); only an approved device with an issued secret can connect to the broker. Device ids are claimed platform-wide
 * in the same transaction, so two operators can never register the same lock.
 */
@ApplicationScoped
@Transactional
public class DeviceRegistry {

    @Inject
    DevicesStore store;

    @Inject
    DeviceLogins logins;

    @Inject
    UnitDirectory units;

    @Inject
    KeyService keys;

    /** Registers a device; {@code registeredBy} is a staff actor or {@code vendor:<code>}. PENDING until approved. */
    public DeviceViews.DeviceView register(DeviceCommands.DeviceInput in, String registeredBy) {
        Device.Details details = details(in);
        String org = TenantContext.require().organizationCode();
        if (store.byDeviceId(in.deviceId()).isPresent() || !logins.claim(in.deviceId(), org)) {
            throw ProblemException.invalid("deviceId", "devices.validation.deviceId.taken", in.deviceId());
        }
        Device d = store.add(new Device(in.deviceId(), details, registeredBy, false, Instant.now()));
        store.em().flush();
        return view(d);
    }

    public DeviceViews.DeviceView update(long id, DeviceCommands.DeviceInput in) {
        Device d = device(id);
        if (!d.deviceId().equals(in.deviceId())) {
            throw ProblemException.invalid("deviceId", "devices.validation.deviceId.immutable");
        }
        d.apply(details(in), Instant.now());
        return view(d);
    }

    public DeviceViews.DeviceView decide(long id, DeviceCommands.DecisionInput in) {
        Device d = device(id);
        d.decide(in.approve(), TenantContext.actor(), in.note(), Instant.now());
        logins.activate(d.deviceId(), TenantContext.require().organizationCode(), in.approve());
        if (in.approve()) {
            keys.lockApproved(d); // an occupied unit's new lock: its residents get their keys now, not at the next lease
        }
        return view(d);
    }

    public DeviceViews.DeviceView retire(long id, DeviceCommands.RetireInput in) {
        Device d = device(id);
        d.retire(TenantContext.actor(), in.reason(), Instant.now());
        logins.activate(d.deviceId(), TenantContext.require().organizationCode(), false);
        return view(d);
    }

    /** Issues the device's MQTT secret (replacing any earlier one). Shown once. */
    public DeviceViews.SecretView issueSecret(long id) {
        Device d = device(id);
        if (d.registration() == Registration.RETIRED || d.registration() == Registration.REJECTED) {
            throw new ProblemException(409, "device-not-active", d.deviceId(), d.registration().name());
        }
        String org = TenantContext.require().organizationCode();
        String secret = logins.issueSecret(d.deviceId(), org);
        d.secretIssued(Instant.now());
        return new DeviceViews.SecretView(d.deviceId(), secret, d.deviceId(), d.kind() == DeviceKind.SMART_LOCK
                ? List.of(LockTopic.of(org, d.deviceId(), "event"), LockTopic.of(org, d.deviceId(), "ack"),
                        LockTopic.of(org, d.deviceId(), "cmd"))
                : List.of());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public DeviceViews.DeviceView get(long id) {
        return view(device(id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Device> byDeviceId(String deviceId) {
        return store.byDeviceId(deviceId);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<DeviceViews.DeviceView> list(DeviceKind kind, Registration registration, Long projectId, Long unitId,
                                             Boolean online, String q, PageRequest page) {
        return store.page(new DevicesStore.Filter(kind, registration, projectId, unitId, online, q), page).map(this::view);
    }

    @Inject
    AuditTrail audit;

    /** The registration's history (who registered, approved, moved, retired it). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(long id) {
        device(id);
        return audit.history(Device.class, id, d -> {
            Map<String, Object> m = new java.util.LinkedHashMap<>();
            m.put("kind", d.kind());
            m.put("vendorCode", d.vendorCode());
            m.put("model", d.model());
            m.put("serial", d.serial());
            m.put("certificate", d.certificate());
            m.put("certificateValidUntil", d.certificateValidUntil());
            m.put("projectId", d.projectId());
            m.put("buildingId", d.buildingId());
            m.put("unitId", d.unitId());
            m.put("registration", d.registration());
            m.put("decisionNote", d.decisionNote());
            m.put("secretIssuedAt", d.secretIssuedAt());
            return m;
        });
    }

    Device device(long id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("device-not-found", id));
    }

    private Device.Details details(DeviceCommands.DeviceInput in) {
        Long projectId = in.projectId();
        Long buildingId = in.buildingId();
        if (in.unitId() != null) {
            UnitSummary u = units.find(in.unitId()).orElseThrow(() ->
                    ProblemException.invalid("unitId", "devices.validation.unit.unknown", in.unitId()));
            projectId = u.projectId();
            buildingId = u.buildingId();
        } else if (projectId == null) {
            throw ProblemException.invalid("unitId", "devices.validation.location");
        } else if (!units.projectExists(projectId)) {
            throw ProblemException.invalid("projectId", "devices.validation.project.unknown", projectId);
        }
        if (in.kind() == DeviceKind.SMART_LOCK && in.unitId() == null) {
            throw ProblemException.invalid("unitId", "devices.validation.lock.unit");
        }
        if (in.certificateValidUntil() != null && in.certificate() == null) {
            throw ProblemException.invalid("certificate", "devices.validation.certificate");
        }
        return new Device.Details(in.kind(), blank(in.vendorCode()), blank(in.model()), in.serial().trim(),
                blank(in.certificate()), in.certificateValidUntil(), projectId, buildingId, in.unitId());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    DeviceViews.DeviceView view(Device d) {
        String location = d.unitId() == null ? null : units.find(d.unitId()).map(UnitSummary::label).orElse(null);
        return new DeviceViews.DeviceView(d.id(), d.deviceId(), d.kind().name(), d.vendorCode(), d.model(), d.serial(),
                d.certificate(), d.certificateValidUntil(), d.projectId(), d.buildingId(), d.unitId(), location,
                d.registration().name(), d.registeredBy(), d.decidedBy(), d.decidedAt(), d.decisionNote(),
                d.secretIssuedAt() != null, d.online(), d.lastSeenAt(), d.battery(), d.tamperedAt(),
                d.clockSkewSeconds(), d.commandsTimedOut(), d.createdAt(), d.version());
    }
}
