package org.anju.devices.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.devices.domain.VendorAccount;
import org.anju.devices.domain.VendorAuthorization;
import org.anju.devices.domain.VendorAuthorizationEvent;
import org.anju.devices.domain.VendorKey;
import org.anju.devices.domain.VendorStatus;
import org.anju.kernel.api.Like;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;

/**
 * Vendors, their keys and the operators' authorisations (JPA over schema {@code platform}): call inside the platform
 * tenant's scope and a transaction. The one exception, {@link #deviceCounts}, reads the registry of the organization
 * whose scope the caller is in.
 */
@ApplicationScoped
public class VendorStore {

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public <T> T add(T entity) {
        em.persist(entity);
        return entity;
    }

    public Optional<VendorAccount> vendor(String code) {
        return em.createQuery("SELECT v FROM VendorAccount v WHERE v.code = :c", VendorAccount.class)
                .setParameter("c", code).getResultStream().findFirst();
    }

    public Optional<VendorAccount> vendor(long id) {
        return Optional.ofNullable(em.find(VendorAccount.class, id));
    }

    /** Vendors by code or name (contains), optionally by status; with {@code organizationCode} and {@code authorized}
     * only those that organization has (true) or has not (false) authorised. */
    public Page<VendorAccount> vendors(String q, VendorStatus status, String organizationCode, Boolean authorized,
                                       PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.append(" AND (LOWER(v.code) LIKE :q ESCAPE '!' OR LOWER(v.name) LIKE :q ESCAPE '!')");
            params.put("q", Like.contains(q.trim().toLowerCase(java.util.Locale.ROOT)));
        }
        if (status != null) {
            where.append(" AND v.status = :s");
            params.put("s", status);
        }
        if (organizationCode != null && authorized != null) {
            where.append(authorized ? " AND EXISTS" : " AND NOT EXISTS");
            where.append(" (SELECT a.id FROM VendorAuthorization a WHERE a.vendorId = v.id AND a.organizationCode = :org"
                    + " AND a.authorized = true)");
            params.put("org", organizationCode);
        }
        TypedQuery<VendorAccount> items = em.createQuery("SELECT v FROM VendorAccount v" + where + " ORDER BY v.code",
                VendorAccount.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(v) FROM VendorAccount v" + where, Long.class);
        params.forEach((k, val) -> {
            items.setParameter(k, val);
            count.setParameter(k, val);
        });
        List<VendorAccount> list = items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(list, count.getSingleResult(), page.page(), page.size());
    }

    public Optional<VendorKey> key(String keyId) {
        return Optional.ofNullable(em.find(VendorKey.class, keyId));
    }

    public List<VendorKey> keys(long vendorId) {
        return em.createQuery("SELECT k FROM VendorKey k WHERE k.vendorId = :v ORDER BY k.createdAt DESC, k.keyId",
                VendorKey.class).setParameter("v", vendorId).getResultList();
    }

    /** Notes that a key was used, at most once a minute per key (a write per request would be waste). */
    public void touch(String keyId, Instant now) {
        em.createNativeQuery("UPDATE platform.vendor_key SET last_used_at = ?1 WHERE key_id = ?2 "
                        + "AND (last_used_at IS NULL OR last_used_at < ?3)")
                .setParameter(1, Timestamp.from(now)).setParameter(2, keyId)
                .setParameter(3, Timestamp.from(now.minusSeconds(60))).executeUpdate();
    }

    public Optional<VendorAuthorization> authorization(long vendorId, String organizationCode) {
        return em.createQuery("SELECT a FROM VendorAuthorization a WHERE a.vendorId = :v AND a.organizationCode = :o",
                        VendorAuthorization.class)
                .setParameter("v", vendorId).setParameter("o", organizationCode).getResultStream().findFirst();
    }

    /** Every authorisation row of a vendor (current and withdrawn), by organization. */
    public List<VendorAuthorization> authorizationsOfVendor(long vendorId) {
        return em.createQuery("SELECT a FROM VendorAuthorization a WHERE a.vendorId = :v ORDER BY a.organizationCode",
                VendorAuthorization.class).setParameter("v", vendorId).getResultList();
    }

    /** An organization's authorisation rows of the given vendors, by vendor id. */
    public Map<Long, VendorAuthorization> authorizationsOfOrganization(String organizationCode,
                                                                       Collection<Long> vendorIds) {
        Map<Long, VendorAuthorization> byVendor = new HashMap<>();
        if (vendorIds.isEmpty()) {
            return byVendor;
        }
        em.createQuery("SELECT a FROM VendorAuthorization a WHERE a.organizationCode = :o AND a.vendorId IN :v",
                        VendorAuthorization.class)
                .setParameter("o", organizationCode).setParameter("v", vendorIds).getResultList()
                .forEach(a -> byVendor.put(a.vendorId(), a));
        return byVendor;
    }

    public long usableKeys(long vendorId, Instant now) {
        return em.createQuery("SELECT COUNT(k) FROM VendorKey k WHERE k.vendorId = :v AND k.revokedAt IS NULL "
                        + "AND (k.expiresAt IS NULL OR k.expiresAt > :now)", Long.class)
                .setParameter("v", vendorId).setParameter("now", now).getSingleResult();
    }

    public long authorizedOrganizations(long vendorId) {
        return em.createQuery("SELECT COUNT(a) FROM VendorAuthorization a WHERE a.vendorId = :v AND a.authorized = true",
                Long.class).setParameter("v", vendorId).getSingleResult();
    }

    public Page<VendorAuthorizationEvent> log(String organizationCode, String vendorCode, PageRequest page) {
        String where = " WHERE e.organizationCode = :o" + (vendorCode == null ? "" : " AND e.vendorCode = :v");
        TypedQuery<VendorAuthorizationEvent> items = em.createQuery("SELECT e FROM VendorAuthorizationEvent e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", VendorAuthorizationEvent.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(e) FROM VendorAuthorizationEvent e" + where, Long.class);
        items.setParameter("o", organizationCode);
        count.setParameter("o", organizationCode);
        if (vendorCode != null) {
            items.setParameter("v", vendorCode);
            count.setParameter("v", vendorCode);
        }
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    /** How many devices of each vendor code the current organization's registry holds (retired ones included). */
    public Map<String, Long> deviceCounts(Collection<String> vendorCodes) {
        Map<String, Long> counts = new HashMap<>();
        if (vendorCodes.isEmpty()) {
            return counts;
        }
        em.createQuery("SELECT d.vendorCode, COUNT(d) FROM Device d WHERE d.vendorCode IN :v GROUP BY d.vendorCode",
                        Object[].class)
                .setParameter("v", vendorCodes).getResultList()
                .forEach(r -> counts.put((String) r[0], ((Number) r[1]).longValue()));
        return counts;
    }
}
