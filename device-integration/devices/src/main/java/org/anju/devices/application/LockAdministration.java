package org.anju.devices.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.devices.domain.Device;
import org.anju.devices.domain.DeviceKind;
import org.anju.devices.infrastructure.DevicesStore;
import org.anju.devices.infrastructure.KeysStore;
import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantContext;

/** Staff's use cases on keys and locks, each one transaction; also the resident's, scoped to the household. */
@ApplicationScoped
@Transactional
public class LockAdministration {

    @Inject
    KeyService keys;

    @Inject
    KeysStore store;

    @Inject
    DevicesStore devices;

    public List<DeviceViews.CredentialView> grant(long unitId, DeviceCommands.GrantInput in) {
        return keys.grantByStaff(unitId, in).stream().map(DeviceQueries::view).toList();
    }

    public DeviceViews.CredentialView revoke(long id, String reason) {
        return DeviceQueries.view(keys.revokeById(id, reason, null));
    }

    public DeviceViews.CommandView open(long deviceId, String reason) {
        return DeviceQueries.view(keys.open(lock(deviceId), reason, false));
    }

    public String deviceId(long id) {
        return devices.find(id).orElseThrow(() -> ProblemException.notFound("device-not-found", id)).deviceId();
    }

    public DeviceViews.SettingsView saveSettings(DeviceCommands.SettingsInput in) {
        store.saveSettings(new KeysStore.Settings(in.remoteOpen(), in.arrearsPolicy(), in.memberCredentialType(),
                in.visitorCodeMaxHours(), in.ackTimeoutSeconds(), in.maxAttempts(), in.heartbeatMinutes(), null, null),
                TenantContext.actor());
        return DeviceQueries.view(store.settings());
    }

    // ---- residents

    public DeviceViews.VisitorCodeView visitorCode(long householdId, DeviceCommands.VisitorCodeInput in) {
        var made = keys.visitorCode(householdId, in);
        return new DeviceViews.VisitorCodeView(DeviceQueries.view(made.getKey().get(0)), made.getValue());
    }

    public DeviceViews.CredentialView revokeVisitor(long householdId, long id) {
        return DeviceQueries.view(keys.revokeById(id, "住户撤销访客码", householdId));
    }

    public DeviceViews.CommandView openHome(long unitId, String reason) {
        List<Device> locks = devices.locksOfUnit(unitId);
        if (locks.isEmpty()) {
            throw new ProblemException(409, "unit-has-no-lock", unitId);
        }
        return DeviceQueries.view(keys.open(locks.get(0), reason, true));
    }

    Device lock(long id) {
        Device d = devices.find(id).orElseThrow(() -> ProblemException.notFound("device-not-found", id));
        if (d.kind() != DeviceKind.SMART_LOCK) {
            throw new ProblemException(409, "not-a-lock", d.deviceId());
        }
        return d;
    }
}
