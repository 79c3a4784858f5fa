package org.anju.devices.application;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import org.anju.devices.infrastructure.KeysStore;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.tenancy.api.TenantContext;

/** Read side of devices: access records, device events, credentials, commands, key log, dead letters, settings. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeviceQueries {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /** Filters of the access records. */
    public record AccessFilter(Long unitId, Long householdId, Long projectId, LocalDate from, LocalDate to,
                               String method, String credentialKind) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    KeysStore keys;

    @Inject
    UnitDirectory units;

    public Page<DeviceViews.AccessRecordView> access(AccessFilter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.unitId() != null) {
            params.add(f.unitId());
            where.append(" AND a.unit_id = ?").append(params.size());
        }
        if (f.householdId() != null) {
            params.add(f.householdId());
            where.append(" AND a.household_id = ?").append(params.size());
        }
        if (f.projectId() != null) {
            params.add(f.projectId());
            where.append(" AND a.device_id IN (SELECT device_id FROM device WHERE project_id = ?").append(params.size()).append(")");
        }
        if (f.from() != null) {
            params.add(Timestamp.from(f.from().atStartOfDay(ZONE).toInstant()));
            where.append(" AND a.occurred_at >= ?").append(params.size());
        }
        if (f.to() != null) {
            params.add(Timestamp.from(f.to().plusDays(1).atStartOfDay(ZONE).toInstant()));
            where.append(" AND a.occurred_at < ?").append(params.size());
        }
        if (f.method() != null) {
            params.add(f.method());
            where.append(" AND a.method = ?").append(params.size());
        }
        if (f.credentialKind() != null) {
            params.add(f.credentialKind());
            where.append(" AND a.credential_kind = ?").append(params.size());
        }
        Query q = em.createNativeQuery("SELECT a.id, a.occurred_at, a.received_at, a.device_id, a.unit_id, a.method, "
                + "a.credential_id, a.credential_kind, a.household_id, a.holder FROM access_record a" + where
                + " ORDER BY a.occurred_at DESC, a.id DESC OFFSET " + page.offset() + " LIMIT " + page.size());
        Query c = em.createNativeQuery("SELECT count(*) FROM access_record a" + where);
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
            c.setParameter(i + 1, params.get(i));
        }
        // Count first: rows arrive all the time and each statement sees what is committed when it starts, so counting
        // after listing could promise rows the page does not have (seen in CI: total 1, no item).
        long total = ((Number) c.getSingleResult()).longValue();
        List<Object[]> rows = rows(q);
        Map<Long, String> labels = labels(rows.stream().map(r -> r[4]).filter(java.util.Objects::nonNull)
                .map(o -> ((Number) o).longValue()).collect(Collectors.toSet()));
        List<DeviceViews.AccessRecordView> items = rows.stream().map(r -> new DeviceViews.AccessRecordView(
                ((Number) r[0]).longValue(), inst(r[1]), inst(r[2]), (String) r[3], nl(r[4]),
                r[4] == null ? null : labels.get(((Number) r[4]).longValue()), (String) r[5], (String) r[6],
                (String) r[7], nl(r[8]), (String) r[9])).toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    public Page<DeviceViews.DeviceEventView> events(String deviceId, PageRequest page) {
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM device_event WHERE device_id = ?1")
                .setParameter(1, deviceId).getSingleResult()).longValue();
        List<DeviceViews.DeviceEventView> items = rows(em.createNativeQuery("SELECT id, device_id, type, occurred_at, received_at, "
                        + "battery, unit_id, detail FROM device_event WHERE device_id = ?1 ORDER BY occurred_at DESC, id DESC OFFSET ?2 LIMIT ?3")
                .setParameter(1, deviceId).setParameter(2, page.offset()).setParameter(3, page.size())).stream()
                .map(r -> new DeviceViews.DeviceEventView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                        inst(r[3]), inst(r[4]), r[5] == null ? null : ((Number) r[5]).intValue(), nl(r[6]), (String) r[7]))
                .toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    public Page<DeviceViews.DeadLetterView> deadLetters(PageRequest page) {
        String org = TenantContext.require().organizationCode();
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM platform.device_dead_letter WHERE organization_code = ?1")
                .setParameter(1, org).getSingleResult()).longValue();
        List<DeviceViews.DeadLetterView> items = rows(em.createNativeQuery("SELECT id, received_at, source, topic, device_id, "
                        + "reason, size, payload FROM platform.device_dead_letter WHERE organization_code = ?1 "
                        + "ORDER BY id DESC OFFSET ?2 LIMIT ?3")
                .setParameter(1, org).setParameter(2, page.offset()).setParameter(3, page.size())).stream()
                .map(r -> new DeviceViews.DeadLetterView(((Number) r[0]).longValue(), inst(r[1]), (String) r[2],
                        (String) r[3], (String) r[4], (String) r[5], ((Number) r[6]).intValue(), (String) r[7]))
                .toList();
        return new Page<>(items, total, page.page(), page.size());
    }

    public long deadLetterCount() {
        return ((Number) em.createNativeQuery("SELECT count(*) FROM platform.device_dead_letter WHERE organization_code = ?1")
                .setParameter(1, TenantContext.require().organizationCode()).getSingleResult()).longValue();
    }

    public Page<DeviceViews.KeyLogView> keyLog(Long unitId, Long householdId, PageRequest page) {
        return keys.keyLog(unitId, householdId, page).map(DeviceQueries::view);
    }

    public Page<DeviceViews.CommandView> commands(String deviceId, String status, PageRequest page) {
        return keys.commands(deviceId, status, page).map(DeviceQueries::view);
    }

    public List<DeviceViews.CredentialView> credentialsOfUnit(long unitId, String status) {
        return keys.ofUnit(unitId, status).stream().map(DeviceQueries::view).toList();
    }

    public DeviceViews.SettingsView settings() {
        return view(keys.settings());
    }

    static DeviceViews.SettingsView view(KeysStore.Settings s) {
        return new DeviceViews.SettingsView(s.remoteOpen(), s.arrearsPolicy(), s.memberCredentialType(),
                s.visitorCodeMaxHours(), s.ackTimeoutSeconds(), s.maxAttempts(), s.heartbeatMinutes(), s.updatedBy(),
                s.updatedAt());
    }

    static DeviceViews.CredentialView view(KeysStore.Credential k) {
        return new DeviceViews.CredentialView(k.id(), k.credentialId(), k.deviceId(), k.unitId(), k.householdId(),
                k.leaseId(), k.memberId(), k.holder(), k.kind(), k.credentialType(), k.validFrom(), k.validUntil(),
                k.status(), k.statusReason(), k.createdBy(), k.createdAt());
    }

    static DeviceViews.CommandView view(KeysStore.Command c) {
        return new DeviceViews.CommandView(c.id(), c.commandId(), c.deviceId(), c.type(), c.credentialId(), c.status(),
                c.attempts(), c.lastSentAt(), c.answeredAt(), c.reason(), c.requestedBy(), c.createdAt());
    }

    static DeviceViews.KeyLogView view(KeysStore.KeyLog l) {
        return new DeviceViews.KeyLogView(l.id(), l.at(), l.unitId(), l.householdId(), l.leaseId(), l.deviceId(),
                l.credentialId(), l.commandId(), l.action(), l.actor(), l.detail());
    }

    Map<Long, String> labels(java.util.Collection<Long> unitIds) {
        Map<Long, String> out = new java.util.HashMap<>();
        for (Long id : unitIds) {
            units.find(id).map(UnitSummary::label).ifPresent(l -> out.put(id, l));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> rows(Query q) {
        return (List<Object[]>) q.getResultList();
    }

    static Long nl(Object o) {
        return KeysStore.nl(o);
    }

    static Instant inst(Object o) {
        return KeysStore.inst(o);
    }
}
