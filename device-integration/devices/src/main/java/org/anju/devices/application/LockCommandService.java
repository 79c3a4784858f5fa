package org.anju.devices.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.transaction.Transactional;

import org.anju.devices.api.LockTrouble;
import org.anju.devices.domain.LockMessages;
import org.anju.devices.domain.LockTopic;
import org.anju.devices.infrastructure.KeysStore;
import org.anju.devices.infrastructure.LockEventStore;
import org.anju.tenancy.api.TenantContext;

/**
 * Commands to locks (protocol 1.5) and their answers (1.6). A command is written PENDING in the transaction that
 * decided it; a sweep sends what is due, waits {@code ackTimeoutSeconds} for the answer, sends it again with the same
 * command id (the lock answers a repeat without executing it twice) up to {@code maxAttempts}, then marks it
 * TIMED_OUT: visibly, on the command, the device, its events and the key log. An OPEN is sent once only: a door must
 * not open minutes after someone asked. GRANT and REVOKE that were open when a lock went offline are sent again when
 * it comes back.
 */
@ApplicationScoped
public class LockCommandService {

    /** A command fetched by a vendor's gateway (vendor API). */
    public record Pending(String commandId, String deviceId, String payload) {
    }

    /** Sends a command to a lock; false when no broker connection took it (it is retried on schedule). */
    public interface Publisher {
        boolean publish(String topic, String payload);
    }

    @Inject
    KeysStore store;

    @Inject
    LockEventStore events;

    @Inject
    Event<LockTrouble> trouble;

    /** Organizations that may have open commands: the sweep visits only these (no loop over every tenant). */
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile Publisher publisher = (t, p) -> false;

    public void publisher(Publisher p) {
        this.publisher = p;
    }

    public Set<String> activeOrganizations() {
        return Set.copyOf(active);
    }

    public void markActive(String organizationCode) {
        active.add(organizationCode);
    }

    /** Writes a command; answers its id. Call in the deciding transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public String issue(String deviceId, String type, String credentialId, String credentialType, Instant validFrom,
                        Instant validUntil, String secret, String actor) {
        String commandId = UUID.randomUUID().toString();
        JsonObjectBuilder b = Json.createObjectBuilder().add("commandId", commandId).add("type", type);
        if (credentialId != null) {
            b.add("credentialId", credentialId);
        }
        if (credentialType != null) {
            b.add("credentialType", credentialType);
        }
        if (validFrom != null) {
            b.add("validFrom", validFrom.toString());
        }
        if (validUntil != null) {
            b.add("validUntil", validUntil.toString());
        }
        if (secret != null) {
            b.add("pin", secret);
        }
        store.insertCommand(commandId, deviceId, type, credentialId, b.build().toString(), actor);
        active.add(TenantContext.require().organizationCode());
        return commandId;
    }

    /** One sweep of the current organization: sends what is due, times out what waited too long. */
    @Transactional
    public int sweep() {
        KeysStore.Settings s = store.settings();
        Instant now = Instant.now();
        String org = TenantContext.require().organizationCode();
        int sent = 0;
        List<LockTrouble> timedOut = new ArrayList<>();
        List<KeysStore.Command> due = store.due(now, 500);
        java.util.Set<String> mqtt = store.reachableOverMqtt(due.stream().map(KeysStore.Command::deviceId).distinct().toList());
        for (KeysStore.Command c : due) {
            int max = c.type().equals("OPEN") ? 1 : s.maxAttempts();
            boolean overMqtt = mqtt.contains(c.deviceId());
            Instant vendorDeadline = vendorDeadline(c, s);
            if (!overMqtt && now.isBefore(vendorDeadline)) {
                // Its vendor's gateway fetches it (pendingForVendor); look again when its time is up, not every second.
                store.postpone(c.id(), vendorDeadline);
                continue;
            }
            if (c.attempts() >= max || !overMqtt) {
                String why = overMqtt || c.attempts() > 0 ? "no answer after " + c.attempts() + " attempts"
                        : "not fetched by the vendor's gateway";
                store.finish(c.commandId(), c.deviceId(), "TIMED_OUT", why, now);
                store.countTimeout(c.deviceId());
                Optional<KeysStore.Credential> k = c.credentialId() == null ? Optional.empty() : store.credentialById(c.credentialId());
                events.insertEvents(List.of(new LockEventStore.EventRow(c.deviceId(), "cmd:" + c.commandId(), "TIMED_OUT",
                        now, now, null, k.map(KeysStore.Credential::unitId).orElse(null), c.type() + " " + nz(c.credentialId()))));
                store.log(k.map(KeysStore.Credential::unitId).orElse(null), k.map(KeysStore.Credential::householdId).orElse(null),
                        k.map(KeysStore.Credential::leaseId).orElse(null), c.deviceId(), c.credentialId(), c.commandId(),
                        "TIMED_OUT", "system", c.type() + (c.attempts() == 0 ? "：厂商网关未取走指令"
                                : "：门锁未应答（" + c.attempts() + " 次）"));
                timedOut.add(new LockTrouble(TenantContext.require(), c.deviceId(), k.map(KeysStore.Credential::unitId).orElse(null),
                        "TIMED_OUT", null, now, c.type()));
                continue;
            }
            publisher.publish(LockTopic.of(org, c.deviceId(), "cmd"), c.payload());
            store.markSent(c.id(), c.attempts() + 1, now, now.plusSeconds(s.ackTimeoutSeconds()));
            sent++;
        }
        timedOut.forEach(trouble::fire);
        if (!store.anyOpen()) {
            active.remove(org);
        }
        return sent;
    }

    /** Commands of a vendor's devices that are due: fetching them counts as sending them (vendor API). */
    @Transactional
    public List<Pending> pendingForVendor(String vendorCode, int limit) {
        KeysStore.Settings s = store.settings();
        Instant now = Instant.now();
        List<Pending> out = new ArrayList<>();
        Instant resendBefore = now.minusSeconds(s.ackTimeoutSeconds());
        for (KeysStore.Command c : store.dueOfVendor(vendorCode, resendBefore, Math.max(1, Math.min(limit, 500)))) {
            int max = c.type().equals("OPEN") ? 1 : s.maxAttempts();
            if (c.attempts() >= max || !now.isBefore(vendorDeadline(c, s))) {
                continue; // the sweep times it out
            }
            store.markSent(c.id(), c.attempts() + 1, now, vendorDeadline(c, s));
            out.add(new Pending(c.commandId(), c.deviceId(), c.payload()));
        }
        return out;
    }

    /**
     * A command for a lock behind a vendor's gateway has as long as a lock over MQTT would have had for all its
     * attempts ({@code maxAttempts × ackTimeoutSeconds} from when it was written) to be fetched and answered; then it
     * times out as visibly as any other, so a gateway that stopped polling is noticed instead of leaving keys pending.
     */
    static Instant vendorDeadline(KeysStore.Command c, KeysStore.Settings s) {
        int max = c.type().equals("OPEN") ? 1 : s.maxAttempts();
        return c.createdAt().plusSeconds((long) max * s.ackTimeoutSeconds());
    }

    /** An answer from a lock; the first answer counts. Runs in the ingest's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acknowledge(String deviceId, LockMessages.Ack ack) {
        Instant at = Instant.now();
        if (!store.finish(ack.commandId(), deviceId, ack.ok() ? "OK" : "FAILED", ack.reason(), at)) {
            return;
        }
        KeysStore.Command c = store.command(ack.commandId()).orElseThrow();
        if (c.credentialId() == null) {
            return;
        }
        store.credentialById(c.credentialId()).ifPresent(k -> {
            String status = k.status();
            if (c.type().equals("GRANT") && status.equals("GRANTING")) {
                status = ack.ok() ? "ACTIVE" : "FAILED";
            } else if (c.type().equals("REVOKE") && status.equals("REVOKING")) {
                status = ack.ok() ? "REVOKED" : "REVOKING";
            }
            store.updateCredential(k.id(), status, ack.ok() ? null : ack.reason(), null, null, null);
            store.log(k.unitId(), k.householdId(), k.leaseId(), deviceId, k.credentialId(), c.commandId(),
                    ack.ok() ? "CONFIRMED" : "FAILED", "lock:" + deviceId,
                    c.type() + (ack.ok() ? " OK" : " 失败：" + nz(ack.reason())));
        });
    }

    /** A lock came back online: its open GRANT and REVOKE are sent again now. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void deviceBack(String deviceId) {
        if (store.resendOnReturn(deviceId) > 0) {
            active.add(TenantContext.require().organizationCode());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
