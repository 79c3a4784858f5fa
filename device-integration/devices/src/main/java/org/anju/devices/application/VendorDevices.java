package org.anju.devices.application;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;

import org.anju.devices.domain.Device;
import org.anju.devices.domain.Registration;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.tenancy.api.TenantContext;

/**
 * What a vendor does inside an organization that authorised it (call inside that organization's tenant scope, entered
 * by {@link VendorGate#enter}): register devices under its own vendor code, and see only the devices that carry its
 * code. A device of another vendor, or of nobody, is answered exactly like one that does not exist.
 */
@ApplicationScoped
public class VendorDevices {

    @Inject
    DeviceRegistry registry;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    /** Registers a device with the vendor's code forced in; PENDING until the operator approves it. */
    @Transactional
    public VendorViews.VendorDeviceView register(VendorViews.Caller caller, DeviceCommands.DeviceInput in) {
        DeviceCommands.DeviceInput own = new DeviceCommands.DeviceInput(in.deviceId(), in.kind(), caller.code(),
                in.model(), in.serial(), in.certificate(), in.certificateValidUntil(), in.projectId(), in.buildingId(),
                in.unitId());
        registry.register(own, caller.actor());
        return find(caller, in.deviceId()).orElseThrow();
    }

    @Transactional
    public Page<VendorViews.VendorDeviceView> list(VendorViews.Caller caller, Registration registration,
                                                   PageRequest page) {
        String where = " WHERE d.vendorCode = :v" + (registration == null ? "" : " AND d.registration = :r");
        TypedQuery<Device> items = em.createQuery("SELECT d FROM Device d" + where + " ORDER BY d.id DESC", Device.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(d) FROM Device d" + where, Long.class);
        items.setParameter("v", caller.code());
        count.setParameter("v", caller.code());
        if (registration != null) {
            items.setParameter("r", registration);
            count.setParameter("r", registration);
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size()).map(VendorDevices::view);
    }

    /**
     * The vendor's device in the current organization; empty also for another vendor's device, so the caller answers
     * both alike (404). Empty rather than thrown: a refusal is an answer, not a rollback to be logged.
     */
    @Transactional
    public Optional<VendorViews.VendorDeviceView> find(VendorViews.Caller caller, String deviceId) {
        TenantContext.require();
        Optional<Device> d = deviceId == null ? Optional.empty() : registry.byDeviceId(deviceId);
        return d.filter(x -> caller.code().equals(x.vendorCode())).map(VendorDevices::view);
    }

    static VendorViews.VendorDeviceView view(Device d) {
        return new VendorViews.VendorDeviceView(d.deviceId(), d.kind().name(), d.model(), d.serial(), d.certificate(),
                d.certificateValidUntil(), d.projectId(), d.buildingId(), d.unitId(), d.registration().name(),
                d.decidedAt(), d.decisionNote(), d.online(), d.lastSeenAt(), d.battery(), d.createdAt());
    }
}
