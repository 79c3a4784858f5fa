package org.anju.devices.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The nonces of signed vendor requests ({@code platform.vendor_nonce}). A nonce is claimed by an insert that does
 * nothing on conflict, in the signature check's transaction: of two concurrent requests with the same nonce the second
 * waits for the first and then finds the row, so exactly one passes, on any node and after any restart. Rows are kept
 * until their request's timestamp has left the accepted window, then purged every minute.
 */
@ApplicationScoped
public class VendorNonces {

    private static final Logger LOG = Logger.getLogger(VendorNonces.class.getName());

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Resource(lookup = "jdbc/anju")
    DataSource dataSource;

    @Resource
    ManagedScheduledExecutorService scheduler;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::purge, 1, 1, TimeUnit.MINUTES);
    }

    /** Claims a nonce for a key in the caller's transaction; false when it was used before. */
    public boolean claim(String keyId, String nonce, Instant keepUntil) {
        int inserted = em.createNativeQuery("INSERT INTO platform.vendor_nonce (key_id, nonce, expires_at) "
                        + "VALUES (?1, ?2, ?3) ON CONFLICT (key_id, nonce) DO NOTHING")
                .setParameter(1, keyId).setParameter(2, nonce).setParameter(3, Timestamp.from(keepUntil))
                .executeUpdate();
        return inserted == 1;
    }

    /** Forgets nonces whose requests would be refused by their timestamp anyway. */
    public int purge() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM platform.vendor_nonce WHERE expires_at < ?")) {
            ps.setTimestamp(1, Timestamp.from(Instant.now()));
            return ps.executeUpdate();
        } catch (SQLException e) {
            // The database may be away for a moment; the next run purges what this one could not.
            LOG.log(Level.FINE, "vendor nonces not purged this time", e);
            return 0;
        }
    }
}
