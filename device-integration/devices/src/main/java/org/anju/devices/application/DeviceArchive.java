package org.anju.devices.application;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.devices.api.DevicePermissions;
import org.anju.devices.domain.LockHealth;
import org.anju.devices.infrastructure.DeviceArchiveStore;
import org.anju.housing.api.ArchiveContributor;
import org.anju.housing.api.ArchiveSection;
import org.anju.housing.api.UnitCellDetails;
import org.anju.housing.api.UnitDetailsProvider;
import org.anju.kernel.api.Messages;
import org.anju.security.api.CurrentPrincipal;

/**
 * What devices add to housing's pages (R6.1d, R6.2a2, R7.4a): the lock state of every cell of the status board (one
 * query per board), the unit's devices with their live state for the unit page, and the sections of the
 * one-room-one-archive (devices installed, key log, recent access records); {@link HouseholdDeviceArchive} does the
 * one-household-one-archive. Every grant and revocation is a line of the key log,
 * so the archives are where an auditor reads them. Lists are capped (the archive is a page and a PDF, not the full
 * history) and say so, pointing to the devices pages that page through everything. Times are Beijing time.
 *
 * <p>A section is shown only to a reader who may read it elsewhere: the key log needs {@code lock:credential}, access
 * records {@code access:read}, the devices {@code device:read} — the archive must not widen what a role sees.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class DeviceArchive implements UnitDetailsProvider, ArchiveContributor {

    /** Lines of the key log an archive shows (newest first). */
    public static final int KEY_LOG_CAP = 500;
    /** Access records an archive shows (newest first). */
    public static final int ACCESS_CAP = 200;

    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(DeviceQueries.ZONE);
    static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(DeviceQueries.ZONE);

    /** Key-log actions that put a credential on a lock: their line shows the holder and the window. */
    static final java.util.Set<String> GRANTING = java.util.Set.of("GRANTED", "EXTENDED", "MOVED", "VISITOR_CODE");

    @Inject
    DeviceArchiveStore store;

    @Inject
    org.anju.housing.api.UnitDirectory units;

    // ---- status board and unit page

    @Override
    public Map<Long, UnitCellDetails> details(Collection<Long> unitIds) {
        Map<Long, UnitCellDetails> out = new HashMap<>();
        if (unitIds.isEmpty()) {
            return out;
        }
        Instant now = Instant.now();
        Map<Long, List<LockHealth.Reading>> byUnit = new LinkedHashMap<>();
        for (DeviceArchiveStore.LockState s : store.lockStates(unitIds)) {
            byUnit.computeIfAbsent(s.unitId(), u -> new ArrayList<>()).add(reading(s));
        }
        byUnit.forEach((unit, locks) -> {
            LockHealth.Summary s = LockHealth.summary(locks, now);
            out.put(unit, new UnitCellDetails(null, null,
                    new UnitCellDetails.DeviceState(s.state(), s.trouble(), s.battery(), s.locks())));
        });
        return out;
    }

    /** The unit page's panel: the same summary as the board's cell, and each device on the unit now. */
    public DeviceViews.UnitDevicesView unitDevices(long unitId) {
        units.find(unitId).orElseThrow(() -> org.anju.kernel.api.ProblemException.notFound("unit-not-found", unitId));
        Instant now = Instant.now();
        List<DeviceViews.UnitDeviceView> devices = new ArrayList<>();
        List<LockHealth.Reading> locks = new ArrayList<>();
        for (DeviceArchiveStore.UnitDevice d : store.devicesOfUnit(unitId)) {
            if (d.movedAway() || d.registration().equals("RETIRED")) {
                continue;
            }
            LockHealth.Reading r = new LockHealth.Reading(d.online(), d.battery(), d.tamperedAt(), d.undelivered());
            boolean approved = d.registration().equals("APPROVED");
            if (approved && d.kind().equals("SMART_LOCK")) {
                locks.add(r);
            }
            devices.add(new DeviceViews.UnitDeviceView(d.id(), d.deviceId(), d.kind(), d.model(), d.registration(),
                    d.online(), d.lastSeenAt(), d.battery(), d.tamperedAt(), approved ? LockHealth.troubles(r, now) : List.of()));
        }
        LockHealth.Summary s = LockHealth.summary(locks, now);
        return new DeviceViews.UnitDevicesView(unitId, s == null ? null : s.state(), s == null ? null : s.trouble(),
                s == null ? null : s.battery(), locks.size(), now, devices);
    }

    // ---- one-room-one-archive

    @Override
    public List<ArchiveSection> sections(long unitId, Locale l) {
        List<DeviceArchiveStore.UnitDevice> devices = store.devicesOfUnit(unitId);
        long keyLines = store.keyLogCountOfUnit(unitId);
        long accessLines = store.accessCount(unitId, null);
        if (devices.isEmpty() && keyLines == 0 && accessLines == 0) {
            return List.of(); // a unit that never had a device: nothing to say
        }
        Instant now = Instant.now();
        List<ArchiveSection> out = new ArrayList<>();
        if (CurrentPrincipal.permitted(DevicePermissions.READ)) {
            List<ArchiveSection.Row> rows = new ArrayList<>();
            for (DeviceArchiveStore.UnitDevice d : devices) {
                rows.add(new ArchiveSection.Row(t(l, "devices.kind." + d.kind()) + " " + d.deviceId(), device(l, d, now)));
            }
            out.add(new ArchiveSection("devices", t(l, "devices.archive.devices"), rows));
        }
        if (CurrentPrincipal.permitted(DevicePermissions.CREDENTIAL)) {
            List<ArchiveSection.Row> rows = new ArrayList<>();
            for (DeviceArchiveStore.KeyLine k : store.keyLogOfUnit(unitId, KEY_LOG_CAP)) {
                rows.add(new ArchiveSection.Row(TIME.format(k.at()), String.join(" · ", keyLine(l, k, true))));
            }
            if (keyLines > KEY_LOG_CAP) {
                rows.add(more(l, KEY_LOG_CAP, keyLines, "devices.archive.keysPage"));
            }
            out.add(new ArchiveSection("key-log", t(l, "devices.archive.keyLog", String.valueOf(KEY_LOG_CAP)), rows));
        }
        if (CurrentPrincipal.permitted(DevicePermissions.ACCESS_READ)) {
            List<ArchiveSection.Row> rows = new ArrayList<>();
            for (DeviceArchiveStore.AccessLine a : store.access(unitId, null, ACCESS_CAP)) {
                rows.add(new ArchiveSection.Row(SECONDS.format(a.occurredAt()), String.join(" · ", accessLine(l, a))));
            }
            if (accessLines > ACCESS_CAP) {
                rows.add(more(l, ACCESS_CAP, accessLines, "devices.archive.accessPage"));
            }
            out.add(new ArchiveSection("access-records", t(l, "devices.archive.access", String.valueOf(ACCESS_CAP)), rows));
        }
        return out;
    }

    private String device(Locale l, DeviceArchiveStore.UnitDevice d, Instant now) {
        List<String> parts = new ArrayList<>();
        if (d.model() != null) {
            parts.add(t(l, "devices.archive.model", d.model()));
        }
        if (d.vendorCode() != null) {
            parts.add(t(l, "devices.archive.vendor", d.vendorCode()));
        }
        parts.add(t(l, "devices.archive.serial", d.serial()));
        parts.add(t(l, "devices.registration." + d.registration()));
        parts.add(t(l, "devices.archive.registered", TIME.format(d.createdAt()), d.registeredBy()));
        if (d.decidedAt() != null && d.decidedBy() != null) {
            parts.add(t(l, "devices.archive.decided", TIME.format(d.decidedAt()), d.decidedBy()));
        }
        if (d.movedAway()) {
            parts.add(t(l, "devices.archive.movedAway"));
        } else if (d.registration().equals("APPROVED")) {
            parts.add(t(l, d.online() ? "devices.state.ONLINE" : d.lastSeenAt() == null ? "devices.state.never" : "devices.state.OFFLINE"));
            if (d.lastSeenAt() != null) {
                parts.add(t(l, "devices.archive.lastSeen", TIME.format(d.lastSeenAt())));
            }
            if (d.battery() != null) {
                parts.add(t(l, "devices.archive.battery", String.valueOf(d.battery())));
            }
            if (d.kind().equals("SMART_LOCK")) {
                for (String trouble : LockHealth.troubles(new LockHealth.Reading(d.online(), d.battery(), d.tamperedAt(),
                        d.undelivered()), now)) {
                    parts.add(t(l, "devices.trouble." + trouble));
                }
            }
        }
        parts.add(t(l, "devices.archive.revisions", String.valueOf(d.revisions())));
        return String.join(" · ", parts);
    }

    // ---- lines

    /** A key-log line in words: action, then whose key and its window (grants) or the detail (the rest), then who. */
    List<String> keyLine(Locale l, DeviceArchiveStore.KeyLine k, boolean withDevice) {
        List<String> parts = new ArrayList<>();
        parts.add(t(l, "devices.keyAction." + k.action()));
        if (k.holder() != null) {
            parts.add(k.holder() + (k.kind() == null ? "" : "（" + t(l, "devices.credentialKind." + k.kind()) + "）"));
        }
        if (GRANTING.contains(k.action())) {
            if (k.credentialType() != null) {
                parts.add(type(l, k.credentialType()));
            }
            if (k.validFrom() != null) {
                parts.add(t(l, "devices.archive.validity", window(l, k.validFrom(), k.validUntil())));
            }
        } else if (k.detail() != null && !k.detail().isBlank()) {
            parts.add(k.detail());
        }
        if (withDevice && k.deviceId() != null) {
            parts.add(t(l, "devices.archive.device", k.deviceId()));
        }
        parts.add(t(l, "devices.archive.by", k.actor()));
        return parts;
    }

    private List<String> accessLine(Locale l, DeviceArchiveStore.AccessLine a) {
        List<String> parts = new ArrayList<>();
        parts.add(method(l, a.method()));
        parts.add(t(l, "devices.accessKind." + a.credentialKind()) + (a.holder() == null ? "" : " " + a.holder()));
        parts.add(t(l, "devices.archive.device", a.deviceId()));
        return parts;
    }

    static ArchiveSection.Row more(Locale l, int shown, long total, String page) {
        return new ArchiveSection.Row(t(l, "devices.archive.moreLabel"),
                t(l, "devices.archive.more", String.valueOf(shown), String.valueOf(total), t(l, page)));
    }

    static List<String> padded(int columns, String text) {
        List<String> row = new ArrayList<>();
        row.add(text);
        while (row.size() < columns) {
            row.add("");
        }
        return row;
    }

    static String window(Locale l, Instant from, Instant until) {
        return t(l, "devices.archive.window", from == null ? "—" : TIME.format(from),
                until == null ? t(l, "devices.archive.forever") : TIME.format(until));
    }

    static String type(Locale l, String type) {
        return type == null ? "" : Messages.has(l, "devices.method." + type) ? t(l, "devices.method." + type) : type;
    }

    static String method(Locale l, String method) {
        return Messages.has(l, "devices.method." + method) ? t(l, "devices.method." + method) : method;
    }

    static List<String> headers(Locale l, String... keys) {
        List<String> out = new ArrayList<>();
        for (String k : keys) {
            out.add(t(l, "devices.column." + k));
        }
        return out;
    }

    private static LockHealth.Reading reading(DeviceArchiveStore.LockState s) {
        return new LockHealth.Reading(s.online(), s.battery(), s.tamperedAt(), s.undelivered());
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static String t(Locale l, String key, Object... args) {
        return Messages.get(l, key, args);
    }
}
