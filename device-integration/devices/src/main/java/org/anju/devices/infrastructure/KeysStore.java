package org.anju.devices.infrastructure;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;

/**
 * Lock credentials, commands, the key log and the device settings in the operator's schema (SQL: these rows are
 * written by rules and read as lists; the key log is append-only).
 */
@ApplicationScoped
public class KeysStore {

    public record Credential(long id, String credentialId, String deviceId, long unitId, Long householdId, Long leaseId,
                             Long memberId, String holder, String kind, String credentialType, Instant validFrom,
                             Instant validUntil, String status, String statusReason, String createdBy,
                             Instant createdAt) {
    }

    public record Command(long id, String commandId, String deviceId, String type, String credentialId, String payload,
                          String status, int attempts, Instant nextAttemptAt, Instant lastSentAt, Instant answeredAt,
                          String reason, String requestedBy, Instant createdAt) {
    }

    public record KeyLog(long id, Instant at, Long unitId, Long householdId, Long leaseId, String deviceId,
                         String credentialId, String commandId, String action, String actor, String detail) {
    }

    public record Settings(String remoteOpen, String arrearsPolicy, String memberCredentialType,
                           int visitorCodeMaxHours, int ackTimeoutSeconds, int maxAttempts, int heartbeatMinutes,
                           String updatedBy, Instant updatedAt) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    private static final String CREDENTIAL = "SELECT id, credential_id, device_id, unit_id, household_id, lease_id, member_id, "
            + "holder, kind, credential_type, valid_from, valid_until, status, status_reason, created_by, created_at FROM lock_credential";
    private static final String COMMAND = "SELECT id, command_id, device_id, type, credential_id, payload, status, attempts, "
            + "next_attempt_at, last_sent_at, answered_at, reason, requested_by, created_at FROM lock_command";

    // ---- credentials

    public long nextCredentialId() {
        return ((Number) em.createNativeQuery("SELECT nextval('lock_credential_seq')").getSingleResult()).longValue();
    }

    public void insertCredential(long id, String credentialId, String deviceId, long unitId, Long householdId, Long leaseId,
                                 Long memberId, String holder, String kind, String type, Instant from, Instant until,
                                 String status, String actor) {
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO lock_credential (id, credential_id, device_id, unit_id, household_id, lease_id, "
                        + "member_id, holder, kind, credential_type, valid_from, valid_until, status, created_by, created_at, updated_at) "
                        + "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?15)")
                .setParameter(1, id).setParameter(2, credentialId).setParameter(3, deviceId).setParameter(4, unitId)
                .setParameter(5, householdId).setParameter(6, leaseId).setParameter(7, memberId).setParameter(8, holder)
                .setParameter(9, kind).setParameter(10, type).setParameter(11, ts(from)).setParameter(12, ts(until))
                .setParameter(13, status).setParameter(14, actor).setParameter(15, ts(now)).executeUpdate();
    }

    public void updateCredential(long id, String status, String reason, Long leaseId, Instant from, Instant until) {
        em.createNativeQuery("UPDATE lock_credential SET status = ?2, status_reason = ?3, lease_id = COALESCE(?4, lease_id), "
                        + "valid_from = COALESCE(?5, valid_from), valid_until = COALESCE(?6, valid_until), updated_at = ?7, "
                        + "version = version + 1 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, status).setParameter(3, reason).setParameter(4, leaseId)
                .setParameter(5, ts(from)).setParameter(6, ts(until)).setParameter(7, ts(Instant.now())).executeUpdate();
    }

    public Optional<Credential> credential(long id) {
        return first(em.createNativeQuery(CREDENTIAL + " WHERE id = ?1").setParameter(1, id));
    }

    public Optional<Credential> credentialById(String credentialId) {
        return first(em.createNativeQuery(CREDENTIAL + " WHERE credential_id = ?1").setParameter(1, credentialId));
    }

    /** Credentials not revoked: of a lease, of a unit, of a household. */
    public List<Credential> liveOfLease(long leaseId) {
        return credentials(em.createNativeQuery(CREDENTIAL + " WHERE lease_id = ?1 AND status NOT IN ('REVOKED','FAILED','REVOKING') ORDER BY id")
                .setParameter(1, leaseId));
    }

    public List<Credential> ofUnit(long unitId, String status) {
        Query q = em.createNativeQuery(CREDENTIAL + " WHERE unit_id = ?1" + (status == null ? "" : " AND status = ?2")
                + " ORDER BY id DESC").setParameter(1, unitId);
        if (status != null) {
            q.setParameter(2, status);
        }
        return credentials(q);
    }

    public List<Credential> ofHousehold(long householdId, String kind) {
        return credentials(em.createNativeQuery(CREDENTIAL + " WHERE household_id = ?1 AND kind = ?2 ORDER BY id DESC")
                .setParameter(1, householdId).setParameter(2, kind));
    }

    // ---- commands

    public void insertCommand(String commandId, String deviceId, String type, String credentialId, String payload,
                              String actor) {
        Instant now = Instant.now();
        em.createNativeQuery("INSERT INTO lock_command (id, command_id, device_id, type, credential_id, payload, status, "
                        + "attempts, next_attempt_at, requested_by, created_at) VALUES (nextval('lock_command_seq'), ?1, ?2, ?3, ?4, ?5, "
                        + "'PENDING', 0, ?6, ?7, ?6)")
                .setParameter(1, commandId).setParameter(2, deviceId).setParameter(3, type).setParameter(4, credentialId)
                .setParameter(5, payload).setParameter(6, ts(now)).setParameter(7, actor).executeUpdate();
    }

    public Optional<Command> command(String commandId) {
        return firstCommand(em.createNativeQuery(COMMAND + " WHERE command_id = ?1").setParameter(1, commandId));
    }

    /** Open commands due now, locked so that two sweeps never send the same attempt. */
    public List<Command> due(Instant now, int limit) {
        return commands(em.createNativeQuery(COMMAND + " WHERE status IN ('PENDING','SENT') AND next_attempt_at <= ?1 "
                + "ORDER BY next_attempt_at LIMIT ?2 FOR UPDATE SKIP LOCKED").setParameter(1, ts(now)).setParameter(2, limit));
    }

    /** Open commands of a vendor's devices never handed out, or handed out before {@code resendBefore}. */
    public List<Command> dueOfVendor(String vendorCode, Instant resendBefore, int limit) {
        return commands(em.createNativeQuery(COMMAND + " c WHERE status IN ('PENDING','SENT') "
                        + "AND (last_sent_at IS NULL OR last_sent_at <= ?1) "
                        + "AND EXISTS (SELECT 1 FROM device d WHERE d.device_id = c.device_id AND d.vendor_code = ?3) "
                        + "ORDER BY created_at LIMIT ?2 FOR UPDATE SKIP LOCKED")
                .setParameter(1, ts(resendBefore)).setParameter(2, limit).setParameter(3, vendorCode));
    }

    /**
     * Which of these devices can receive commands over MQTT: they have a secret to connect with (a secret set by a
     * seed counts too). One query for a whole sweep.
     */
    @SuppressWarnings("unchecked")
    public java.util.Set<String> reachableOverMqtt(java.util.Collection<String> deviceIds) {
        if (deviceIds.isEmpty()) {
            return java.util.Set.of();
        }
        List<Object> ids = em.createNativeQuery("SELECT device_id FROM platform.device_login "
                        + "WHERE device_id = ANY(CAST(?1 AS varchar[])) AND secret_hash IS NOT NULL")
                // an array literal (device ids are letters, digits and - _ . : only: quoting is all they need)
                .setParameter(1, deviceIds.stream().map(d -> "\"" + d + "\"")
                        .collect(java.util.stream.Collectors.joining(",", "{", "}"))).getResultList();
        return ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.toSet());
    }

    /** The sweep looks at this command again only at {@code at}. */
    public void postpone(long id, Instant at) {
        em.createNativeQuery("UPDATE lock_command SET next_attempt_at = ?2 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, ts(at)).executeUpdate();
    }

    public boolean anyOpen() {
        return !em.createNativeQuery("SELECT 1 FROM lock_command WHERE status IN ('PENDING','SENT') LIMIT 1").getResultList().isEmpty();
    }

    public void markSent(long id, int attempts, Instant now, Instant next) {
        em.createNativeQuery("UPDATE lock_command SET status = 'SENT', attempts = ?2, last_sent_at = ?3, next_attempt_at = ?4, "
                        + "version = version + 1 WHERE id = ?1")
                .setParameter(1, id).setParameter(2, attempts).setParameter(3, ts(now)).setParameter(4, ts(next)).executeUpdate();
    }

    /** Ends an open command; false when it was not open (the first answer counts). */
    public boolean finish(String commandId, String deviceId, String status, String reason, Instant at) {
        return em.createNativeQuery("UPDATE lock_command SET status = ?3, reason = ?4, answered_at = ?5, next_attempt_at = NULL, "
                        + "version = version + 1 WHERE command_id = ?1 AND device_id = ?2 AND status IN ('PENDING','SENT')")
                .setParameter(1, commandId).setParameter(2, deviceId).setParameter(3, status).setParameter(4, reason)
                .setParameter(5, ts(at)).executeUpdate() == 1;
    }

    /** GRANT and REVOKE of a device that were still open or timed out: sent again now (protocol 1.5). */
    public int resendOnReturn(String deviceId) {
        return em.createNativeQuery("UPDATE lock_command c SET status = 'PENDING', attempts = 0, next_attempt_at = ?2 "
                        + "WHERE c.device_id = ?1 AND c.type IN ('GRANT','REVOKE') AND (c.status IN ('PENDING','SENT') "
                        + "OR (c.status = 'TIMED_OUT' AND EXISTS (SELECT 1 FROM lock_credential k WHERE k.credential_id = c.credential_id "
                        + "AND k.status IN ('GRANTING','REVOKING'))))")
                .setParameter(1, deviceId).setParameter(2, ts(Instant.now())).executeUpdate();
    }

    public void countTimeout(String deviceId) {
        em.createNativeQuery("UPDATE device SET commands_timed_out = commands_timed_out + 1 WHERE device_id = ?1")
                .setParameter(1, deviceId).executeUpdate();
    }

    public Page<Command> commands(String deviceId, String status, PageRequest page) {
        String where = " WHERE (CAST(?1 AS varchar) IS NULL OR device_id = CAST(?1 AS varchar)) AND (CAST(?2 AS varchar) IS NULL OR status = CAST(?2 AS varchar))";
        // counted before listing, as in DeviceQueries.access: a page never has fewer rows than its total promises
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM lock_command" + where)
                .setParameter(1, deviceId).setParameter(2, status).getSingleResult()).longValue();
        List<Command> items = commands(em.createNativeQuery(COMMAND + where + " ORDER BY id DESC OFFSET ?3 LIMIT ?4")
                .setParameter(1, deviceId).setParameter(2, status).setParameter(3, page.offset()).setParameter(4, page.size()));
        return new Page<>(items, total, page.page(), page.size());
    }

    // ---- key log

    public void log(Long unitId, Long householdId, Long leaseId, String deviceId, String credentialId, String commandId,
                    String action, String actor, String detail) {
        em.createNativeQuery("INSERT INTO key_log (id, at, unit_id, household_id, lease_id, device_id, credential_id, command_id, "
                        + "action, actor, detail) VALUES (nextval('key_log_seq'), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)")
                .setParameter(1, ts(Instant.now())).setParameter(2, unitId).setParameter(3, householdId)
                .setParameter(4, leaseId).setParameter(5, deviceId).setParameter(6, credentialId)
                .setParameter(7, commandId).setParameter(8, action).setParameter(9, actor)
                .setParameter(10, detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500)).executeUpdate();
    }

    public Page<KeyLog> keyLog(Long unitId, Long householdId, PageRequest page) {
        String where = " WHERE (CAST(?1 AS bigint) IS NULL OR unit_id = CAST(?1 AS bigint)) AND (CAST(?2 AS bigint) IS NULL OR household_id = CAST(?2 AS bigint))";
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM key_log" + where)
                .setParameter(1, unitId).setParameter(2, householdId).getSingleResult()).longValue();
        List<KeyLog> items = new ArrayList<>();
        for (Object o : em.createNativeQuery("SELECT id, at, unit_id, household_id, lease_id, device_id, credential_id, "
                        + "command_id, action, actor, detail FROM key_log" + where + " ORDER BY at DESC, id DESC OFFSET ?3 LIMIT ?4")
                .setParameter(1, unitId).setParameter(2, householdId).setParameter(3, page.offset())
                .setParameter(4, page.size()).getResultList()) {
            Object[] r = (Object[]) o;
            items.add(new KeyLog(l(r[0]), inst(r[1]), nl(r[2]), nl(r[3]), nl(r[4]), (String) r[5], (String) r[6],
                    (String) r[7], (String) r[8], (String) r[9], (String) r[10]));
        }
        return new Page<>(items, total, page.page(), page.size());
    }

    // ---- settings

    public Settings settings() {
        Object[] r = (Object[]) em.createNativeQuery("SELECT remote_open, arrears_policy, member_credential_type, "
                + "visitor_code_max_hours, ack_timeout_seconds, max_attempts, heartbeat_minutes, updated_by, updated_at "
                + "FROM device_settings WHERE id = 1").getSingleResult();
        return new Settings((String) r[0], (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                ((Number) r[4]).intValue(), ((Number) r[5]).intValue(), ((Number) r[6]).intValue(), (String) r[7], inst(r[8]));
    }

    public void saveSettings(Settings s, String actor) {
        em.createNativeQuery("UPDATE device_settings SET remote_open = ?1, arrears_policy = ?2, member_credential_type = ?3, "
                        + "visitor_code_max_hours = ?4, ack_timeout_seconds = ?5, max_attempts = ?6, heartbeat_minutes = ?7, "
                        + "updated_by = ?8, updated_at = ?9, version = version + 1 WHERE id = 1")
                .setParameter(1, s.remoteOpen()).setParameter(2, s.arrearsPolicy()).setParameter(3, s.memberCredentialType())
                .setParameter(4, s.visitorCodeMaxHours()).setParameter(5, s.ackTimeoutSeconds())
                .setParameter(6, s.maxAttempts()).setParameter(7, s.heartbeatMinutes()).setParameter(8, actor)
                .setParameter(9, ts(Instant.now())).executeUpdate();
    }

    // ---- mapping

    @SuppressWarnings("unchecked")
    private List<Credential> credentials(Query q) {
        List<Credential> out = new ArrayList<>();
        for (Object o : (List<Object>) q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Credential(l(r[0]), (String) r[1], (String) r[2], l(r[3]), nl(r[4]), nl(r[5]), nl(r[6]),
                    (String) r[7], (String) r[8], (String) r[9], inst(r[10]), inst(r[11]), (String) r[12],
                    (String) r[13], (String) r[14], inst(r[15])));
        }
        return out;
    }

    private Optional<Credential> first(Query q) {
        return credentials(q).stream().findFirst();
    }

    @SuppressWarnings("unchecked")
    private List<Command> commands(Query q) {
        List<Command> out = new ArrayList<>();
        for (Object o : (List<Object>) q.getResultList()) {
            Object[] r = (Object[]) o;
            out.add(new Command(l(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4], (String) r[5],
                    (String) r[6], ((Number) r[7]).intValue(), inst(r[8]), inst(r[9]), inst(r[10]), (String) r[11],
                    (String) r[12], inst(r[13])));
        }
        return out;
    }

    private Optional<Command> firstCommand(Query q) {
        return commands(q).stream().findFirst();
    }

    public static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    public static long l(Object o) {
        return ((Number) o).longValue();
    }

    public static Long nl(Object o) {
        return o == null ? null : ((Number) o).longValue();
    }

    public static Instant inst(Object o) {
        if (o == null) {
            return null;
        }
        if (o instanceof Instant i) {
            return i;
        }
        if (o instanceof Timestamp t) {
            return t.toInstant();
        }
        if (o instanceof java.time.OffsetDateTime odt) {
            return odt.toInstant();
        }
        throw new IllegalArgumentException("not a time: " + o.getClass());
    }
}
