package org.anju.devices.infrastructure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.devices.domain.Device;
import org.anju.devices.domain.DeviceKind;
import org.anju.devices.domain.Registration;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;

/** The registry in the operator's schema (JPA); events, keys and commands have their own SQL stores. */
@ApplicationScoped
public class DevicesStore {

    /** Filters of the registry list. */
    public record Filter(DeviceKind kind, Registration registration, Long projectId, Long unitId, Boolean online,
                         String q) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public Device add(Device d) {
        em.persist(d);
        return d;
    }

    public Optional<Device> find(long id) {
        return Optional.ofNullable(em.find(Device.class, id));
    }

    public Optional<Device> byDeviceId(String deviceId) {
        return em.createQuery("SELECT d FROM Device d WHERE d.deviceId = :id", Device.class)
                .setParameter("id", deviceId).getResultStream().findFirst();
    }

    public List<Device> byDeviceIds(Collection<String> deviceIds) {
        if (deviceIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Device d WHERE d.deviceId IN :ids", Device.class)
                .setParameter("ids", deviceIds).getResultList();
    }

    /** Approved smart locks installed on a unit. */
    public List<Device> locksOfUnit(long unitId) {
        return em.createQuery("SELECT d FROM Device d WHERE d.unitId = :u AND d.kind = :k AND d.registration = :r "
                        + "ORDER BY d.id", Device.class)
                .setParameter("u", unitId).setParameter("k", DeviceKind.SMART_LOCK)
                .setParameter("r", Registration.APPROVED).getResultList();
    }

    public List<Device> ofUnits(Collection<Long> unitIds) {
        if (unitIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT d FROM Device d WHERE d.unitId IN :u AND d.registration <> :r ORDER BY d.id",
                        Device.class)
                .setParameter("u", unitIds).setParameter("r", Registration.RETIRED).getResultList();
    }

    public Page<Device> page(Filter f, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object[]> params = new ArrayList<>();
        if (f.kind() != null) {
            where.append(" AND d.kind = :kind");
            params.add(new Object[] {"kind", f.kind()});
        }
        if (f.registration() != null) {
            where.append(" AND d.registration = :reg");
            params.add(new Object[] {"reg", f.registration()});
        }
        if (f.projectId() != null) {
            where.append(" AND d.projectId = :p");
            params.add(new Object[] {"p", f.projectId()});
        }
        if (f.unitId() != null) {
            where.append(" AND d.unitId = :u");
            params.add(new Object[] {"u", f.unitId()});
        }
        if (f.online() != null) {
            where.append(" AND d.online = :o");
            params.add(new Object[] {"o", f.online()});
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (LOWER(d.deviceId) LIKE :q ESCAPE '!' OR LOWER(d.serial) LIKE :q ESCAPE '!' "
                    + "OR LOWER(d.model) LIKE :q ESCAPE '!')");
            params.add(new Object[] {"q", org.anju.kernel.api.Like.contains(f.q().toLowerCase())});
        }
        TypedQuery<Device> q = em.createQuery("SELECT d FROM Device d" + where + " ORDER BY d.id DESC", Device.class);
        TypedQuery<Long> c = em.createQuery("SELECT COUNT(d) FROM Device d" + where, Long.class);
        for (Object[] p : params) {
            q.setParameter((String) p[0], p[1]);
            c.setParameter((String) p[0], p[1]);
        }
        List<Device> items = q.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(items, c.getSingleResult(), page.page(), page.size());
    }
}
