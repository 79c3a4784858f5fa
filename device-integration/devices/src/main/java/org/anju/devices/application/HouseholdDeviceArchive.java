package org.anju.devices.application;

import static org.anju.devices.application.DeviceArchive.ACCESS_CAP;
import static org.anju.devices.application.DeviceArchive.GRANTING;
import static org.anju.devices.application.DeviceArchive.KEY_LOG_CAP;
import static org.anju.devices.application.DeviceArchive.SECONDS;
import static org.anju.devices.application.DeviceArchive.TIME;
import static org.anju.devices.application.DeviceArchive.headers;
import static org.anju.devices.application.DeviceArchive.method;
import static org.anju.devices.application.DeviceArchive.more;
import static org.anju.devices.application.DeviceArchive.nz;
import static org.anju.devices.application.DeviceArchive.padded;
import static org.anju.devices.application.DeviceArchive.t;
import static org.anju.devices.application.DeviceArchive.type;
import static org.anju.devices.application.DeviceArchive.window;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.devices.api.DevicePermissions;
import org.anju.devices.infrastructure.DeviceArchiveStore;
import org.anju.leasing.api.HouseholdArchiveContributor;
import org.anju.security.api.CurrentPrincipal;

/**
 * What devices add to the one-household-one-archive (R6.2a2, R7.4b): the key log of the household's credentials (every
 * grant, extension, move, visitor code and revocation, with whose key, which window and who did it) and its door
 * openings; capped like the unit's archive and saying so, times in Beijing, each section only for a reader who may
 * read the same list on the devices pages ({@code lock:credential}, {@code access:read}).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class HouseholdDeviceArchive implements HouseholdArchiveContributor {

    @Inject
    DeviceArchiveStore store;

    @Override
    public List<Section> sections(long householdId, Locale l) {
        long keyLines = store.keyLogCountOfHousehold(householdId);
        long accessLines = store.accessCount(null, householdId);
        if (keyLines == 0 && accessLines == 0) {
            return List.of();
        }
        List<Section> out = new ArrayList<>();
        if (CurrentPrincipal.permitted(DevicePermissions.CREDENTIAL)) {
            List<List<String>> rows = new ArrayList<>();
            for (DeviceArchiveStore.KeyLine k : store.keyLogOfHousehold(householdId, KEY_LOG_CAP)) {
                rows.add(List.of(TIME.format(k.at()), t(l, "devices.keyAction." + k.action()), nz(k.holder()),
                        k.kind() == null ? "" : t(l, "devices.credentialKind." + k.kind()), type(l, k.credentialType()),
                        GRANTING.contains(k.action()) ? window(l, k.validFrom(), k.validUntil()) : "", nz(k.deviceId()),
                        k.actor(), GRANTING.contains(k.action()) ? "" : nz(k.detail())));
            }
            if (keyLines > KEY_LOG_CAP) {
                rows.add(padded(9, more(l, KEY_LOG_CAP, keyLines, "devices.archive.keysPage").value()));
            }
            out.add(new Section("devices-key-log", t(l, "devices.archive.keyLog", String.valueOf(KEY_LOG_CAP)),
                    headers(l, "time", "action", "holder", "credentialKind", "credentialType", "validity", "device", "actor", "detail"),
                    rows));
        }
        if (CurrentPrincipal.permitted(DevicePermissions.ACCESS_READ)) {
            List<List<String>> rows = new ArrayList<>();
            for (DeviceArchiveStore.AccessLine a : store.access(null, householdId, ACCESS_CAP)) {
                rows.add(List.of(SECONDS.format(a.occurredAt()), method(l, a.method()),
                        t(l, "devices.accessKind." + a.credentialKind()), nz(a.holder()), a.deviceId()));
            }
            if (accessLines > ACCESS_CAP) {
                rows.add(padded(5, more(l, ACCESS_CAP, accessLines, "devices.archive.accessPage").value()));
            }
            out.add(new Section("devices-access-records", t(l, "devices.archive.access", String.valueOf(ACCESS_CAP)),
                    headers(l, "time", "method", "accessKind", "holder", "device"), rows));
        }
        return out;
    }
}
