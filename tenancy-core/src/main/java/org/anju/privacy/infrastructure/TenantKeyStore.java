package org.anju.privacy.infrastructure;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;

/**
 * The key rings of the organizations ({@code pii_key} in each schema), created on first use, cached in memory for a
 * few minutes, reloaded when a value names a version not in the ring (a rotation on another server). Keys wrapped by
 * the previous master key are re-wrapped on load.
 */
@ApplicationScoped
public class TenantKeyStore {

    static final String DATA = "DATA";
    static final String INDEX = "INDEX";
    private static final long TTL_MS = 5 * 60 * 1000;
    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    MasterKey master;

    private final Map<TenantId, KeyRing> rings = new ConcurrentHashMap<>();

    KeyRing ring() {
        TenantId tenant = TenantContext.require();
        KeyRing r = rings.get(tenant);
        if (r == null || System.currentTimeMillis() - r.loadedAt() > TTL_MS) {
            r = load(tenant);
            rings.put(tenant, r);
        }
        return r;
    }

    /** The ring again, after a value named a version this server does not know yet. */
    KeyRing reload() {
        TenantId tenant = TenantContext.require();
        KeyRing r = load(tenant);
        rings.put(tenant, r);
        return r;
    }

    /** A new data key version becomes active; older versions still open what they sealed. Returns the new version. */
    public int rotate() {
        TenantId tenant = TenantContext.require();
        int next = transactions.inNew(() -> {
            int max = ((Number) em.createNativeQuery("SELECT COALESCE(MAX(version), 0) FROM pii_key WHERE purpose = 'DATA'")
                    .getSingleResult()).intValue();
            em.createNativeQuery("UPDATE pii_key SET active = false WHERE purpose = 'DATA'").executeUpdate();
            insert(DATA, max + 1, true);
            return max + 1;
        });
        rings.remove(tenant);
        return next;
    }

    private KeyRing load(TenantId tenant) {
        List<Object[]> rows = read();
        if (rows.stream().noneMatch(r -> DATA.equals(r[0])) || rows.stream().noneMatch(r -> INDEX.equals(r[0]))) {
            transactions.runInNew(() -> {
                em.createNativeQuery("INSERT INTO pii_key (purpose, version, wrapped_key, master_key_id, active, created_at) "
                                + "VALUES (?1, 1, ?2, ?3, true, ?4) ON CONFLICT DO NOTHING")
                        .setParameter(1, DATA).setParameter(2, master.wrap(random(), context(tenant, DATA, 1)))
                        .setParameter(3, master.id()).setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
                em.createNativeQuery("INSERT INTO pii_key (purpose, version, wrapped_key, master_key_id, active, created_at) "
                                + "VALUES (?1, 1, ?2, ?3, true, ?4) ON CONFLICT DO NOTHING")
                        .setParameter(1, INDEX).setParameter(2, master.wrap(random(), context(tenant, INDEX, 1)))
                        .setParameter(3, master.id()).setParameter(4, Timestamp.from(Instant.now())).executeUpdate();
            });
            rows = read();
        }
        Map<Integer, byte[]> data = new HashMap<>();
        int active = 0;
        byte[] index = null;
        for (Object[] r : rows) {
            String purpose = (String) r[0];
            int version = ((Number) r[1]).intValue();
            byte[] wrapped = (byte[]) r[2];
            String masterId = (String) r[3];
            byte[] key = master.unwrap(wrapped, masterId, context(tenant, purpose, version));
            if (!master.id().equals(masterId)) {
                rewrap(purpose, version, master.wrap(key, context(tenant, purpose, version)));
            }
            if (DATA.equals(purpose)) {
                data.put(version, key);
                if (Boolean.TRUE.equals(r[4])) {
                    active = Math.max(active, version);
                }
            } else if (INDEX.equals(purpose)) {
                index = key;
            }
        }
        return new KeyRing(Map.copyOf(data), active, index, System.currentTimeMillis());
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> read() {
        return transactions.inNew(() -> em.createNativeQuery(
                "SELECT purpose, version, wrapped_key, master_key_id, active FROM pii_key ORDER BY purpose, version")
                .getResultList());
    }

    private void insert(String purpose, int version, boolean active) {
        em.createNativeQuery("INSERT INTO pii_key (purpose, version, wrapped_key, master_key_id, active, created_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, purpose).setParameter(2, version)
                .setParameter(3, master.wrap(random(), context(TenantContext.require(), purpose, version)))
                .setParameter(4, master.id()).setParameter(5, active).setParameter(6, Timestamp.from(Instant.now()))
                .executeUpdate();
    }

    private void rewrap(String purpose, int version, byte[] wrapped) {
        transactions.runInNew(() -> em.createNativeQuery(
                        "UPDATE pii_key SET wrapped_key = ?1, master_key_id = ?2 WHERE purpose = ?3 AND version = ?4")
                .setParameter(1, wrapped).setParameter(2, master.id()).setParameter(3, purpose).setParameter(4, version)
                .executeUpdate());
    }

    private static String context(TenantId tenant, String purpose, int version) {
        return tenant.schema() + "/" + purpose + "/" + version;
    }

    private static byte[] random() {
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        return k;
    }
}
