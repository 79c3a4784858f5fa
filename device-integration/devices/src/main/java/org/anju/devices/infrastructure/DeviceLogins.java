package org.anju.devices.infrastructure;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The platform-wide table of device logins ({@code platform.device_login}): which organization a device id belongs
 * to, the hash of its secret and whether it may connect. The broker authenticates from an in-memory copy (its threads
 * are not the container's, and a connect storm must not hit the database); every change here updates the copy, and
 * {@link #reload()} runs periodically for changes made by another node.
 *
 * <p>Secrets are 32 random bytes (URL-safe Base64): with that entropy a plain SHA-256 is the right hash, as for API
 * tokens; a slow password hash would only slow down reconnect storms.
 */
@ApplicationScoped
public class DeviceLogins {

    private static final Logger LOG = Logger.getLogger(DeviceLogins.class.getName());
    private static final SecureRandom RANDOM = new SecureRandom();

    /** One device's login. */
    public record Login(String deviceId, String organizationCode, String secretHash, boolean active) {
    }

    @Resource(lookup = "jdbc/anju")
    DataSource dataSource;

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Resource
    TransactionSynchronizationRegistry registry;

    private final Map<String, Login> byDevice = new ConcurrentHashMap<>();

    /** Loads every login (at start and periodically). */
    public void reload() {
        Map<String, Login> fresh = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement(
                     "SELECT device_id, organization_code, secret_hash, active FROM platform.device_login");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                fresh.put(rs.getString(1), new Login(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBoolean(4)));
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Device logins could not be reloaded; the broker keeps the previous copy", e);
            return;
        }
        byDevice.keySet().retainAll(fresh.keySet());
        byDevice.putAll(fresh);
    }

    public Optional<Login> find(String deviceId) {
        return Optional.ofNullable(deviceId == null ? null : byDevice.get(deviceId));
    }

    /** The organization a device id is registered to (for dead-letter reasons). Joins the caller's transaction. */
    /** Organizations with at least one active device login: the only ones the offline watch needs to visit. */
    public java.util.Set<String> organizationsWithActiveDevices() {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Login l : byDevice.values()) {
            if (l.active()) {
                out.add(l.organizationCode());
            }
        }
        return out;
    }

    public Optional<String> organizationOf(String deviceId) {
        List<?> rows = em.createNativeQuery("SELECT organization_code FROM platform.device_login WHERE device_id = ?1")
                .setParameter(1, deviceId).getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of((String) rows.get(0));
    }

    /**
     * Claims a device id for an organization (inactive until approved), in the caller's transaction. False when
     * another organization holds it: device ids are unique across the platform.
     */
    public boolean claim(String deviceId, String organizationCode) {
        Timestamp now = Timestamp.from(Instant.now());
        em.createNativeQuery("INSERT INTO platform.device_login (device_id, organization_code, active, created_at, updated_at) "
                        + "VALUES (?1, ?2, false, ?3, ?3) ON CONFLICT (device_id) DO NOTHING")
                .setParameter(1, deviceId).setParameter(2, organizationCode).setParameter(3, now).executeUpdate();
        boolean ours = organizationOf(deviceId).map(organizationCode::equals).orElse(false);
        if (ours) {
            afterCommit(() -> byDevice.putIfAbsent(deviceId, new Login(deviceId, organizationCode, null, false)));
        }
        return ours;
    }

    /** Issues a new secret (the old one stops working at commit) and returns it: shown once, stored hashed. */
    public String issueSecret(String deviceId, String organizationCode) {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        setSecret(deviceId, organizationCode, secret);
        return secret;
    }

    /** Sets a known secret (demo seeding: the simulator's {@code secret-<deviceId>}). */
    public void setSecret(String deviceId, String organizationCode, String secret) {
        String hash = hash(secret);
        update(deviceId, organizationCode, "secret_hash", hash);
        afterCommit(() -> byDevice.compute(deviceId, (k, l) -> new Login(k, organizationCode, hash, l != null && l.active())));
    }

    /** Lets the device connect (approved) or not (pending, rejected, retired). */
    public void activate(String deviceId, String organizationCode, boolean active) {
        update(deviceId, organizationCode, "active", active);
        afterCommit(() -> byDevice.compute(deviceId, (k, l) -> new Login(k, organizationCode, l == null ? null : l.secretHash(), active)));
    }

    /** Whether a presented secret is the device's, and the device may connect. */
    public Optional<Login> authenticate(String deviceId, String secret) {
        Login l = deviceId == null ? null : byDevice.get(deviceId);
        if (l == null || !l.active() || l.secretHash() == null || secret == null) {
            return Optional.empty();
        }
        byte[] presented = hash(secret).getBytes(StandardCharsets.US_ASCII);
        byte[] stored = l.secretHash().getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(presented, stored) ? Optional.of(l) : Optional.empty();
    }

    private void update(String deviceId, String organizationCode, String column, Object value) {
        em.createNativeQuery("UPDATE platform.device_login SET " + column + " = ?1, updated_at = ?2 "
                        + "WHERE device_id = ?3 AND organization_code = ?4")
                .setParameter(1, value).setParameter(2, Timestamp.from(Instant.now()))
                .setParameter(3, deviceId).setParameter(4, organizationCode).executeUpdate();
    }

    /** Runs after the current transaction commits (now, when there is none): the cache never shows a rolled-back change. */
    private void afterCommit(Runnable change) {
        if (registry == null || registry.getTransactionKey() == null) {
            change.run();
            return;
        }
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    change.run();
                }
            }
        });
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
