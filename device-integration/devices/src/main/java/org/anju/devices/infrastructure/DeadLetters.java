package org.anju.devices.infrastructure;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

import javax.sql.DataSource;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The devices' dead-letter queue (protocol 1.8): a message that cannot be processed is kept with its reason, counted,
 * and never retried. A table in the platform schema rather than a broker queue: a message under an unknown
 * organization has no tenant, staff must be able to read it, and it must survive restarts; the operator sees the rows
 * of its own organization code. Written with autocommit on its own connection, so a dead letter is kept even when the
 * batch around it fails and is retried.
 */
@ApplicationScoped
public class DeadLetters {

    private static final Logger LOG = Logger.getLogger(DeadLetters.class.getName());
    private static final int KEEP = 4096;

    /** One refused message. */
    public record Letter(Incoming message, String organizationCode, String deviceId, String reason) {
    }

    @Resource(lookup = "jdbc/anju")
    DataSource dataSource;

    private final AtomicLong count = new AtomicLong();

    public void add(List<Letter> letters) {
        if (letters.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO platform.device_dead_letter "
                     + "(received_at, source, topic, organization_code, device_id, reason, size, payload) "
                     + "VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (Letter l : letters) {
                byte[] p = l.message().payload() == null ? new byte[0] : l.message().payload();
                String text = new String(p, 0, Math.min(p.length, KEEP), StandardCharsets.UTF_8).replace('\u0000', '?');
                ps.setTimestamp(1, Timestamp.from(l.message().receivedAt()));
                ps.setString(2, l.message().source());
                ps.setString(3, cut(l.message().topic(), 300));
                ps.setString(4, cut(l.organizationCode(), 31));
                ps.setString(5, cut(l.deviceId(), 64));
                ps.setString(6, cut(l.reason(), 100));
                ps.setInt(7, p.length);
                ps.setString(8, text);
                ps.addBatch();
            }
            ps.executeBatch();
            count.addAndGet(letters.size());
            LOG.fine(() -> letters.size() + " device messages dead-lettered");
        } catch (SQLException e) {
            throw new IllegalStateException("Dead letters could not be stored", e);
        }
    }

    /** Dead letters since start (also in the table). */
    public long count() {
        return count.get();
    }

    private static String cut(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
