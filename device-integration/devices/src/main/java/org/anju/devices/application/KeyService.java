package org.anju.devices.application;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.devices.domain.Device;
import org.anju.devices.infrastructure.DevicesStore;
import org.anju.devices.infrastructure.KeysStore;
import org.anju.finance.api.ArrearsChanged;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseActivated;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.leasing.api.LeaseEnded;
import org.anju.tenancy.api.TenantContext;

/**
 * Keys follow the lease (R6.2a2, R6.3d). When a lease becomes active each listed member gets a credential on every
 * approved lock of the unit for the lease's term; a renewal or change (the successor names its predecessor) moves the
 * same credential to the new lease with the new window (one GRANT with the same credential id: the lock replaces it);
 * a swap revokes on the old unit and grants on the new one; termination and expiry revoke. Residents issue visitor
 * codes for a bounded window; staff grant and revoke by hand. Every step is a line in the key log, which the unit's
 * and the household's archives show. Arrears never lock anyone out: the operator's WARN policy only writes a line.
 *
 * <p>Observers run inside leasing's transaction, so a lease is never active without its keys being on their way.
 */
@ApplicationScoped
@Transactional
public class KeyService {

    static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final SecureRandom RANDOM = new SecureRandom();
    /** The key log is read by people in Beijing: windows in its lines are their wall clock, never UTC instants. */
    private static final java.time.format.DateTimeFormatter LOG_TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZONE);

    @Inject
    KeysStore store;

    @Inject
    DevicesStore devices;

    @Inject
    LeaseDirectory leases;

    @Inject
    LockCommandService commands;

    /** A lease's window on the lock: from its first day's midnight to the midnight after its last day. */
    static Instant from(LocalDate start) {
        return start.atStartOfDay(ZONE).toInstant();
    }

    static Instant until(LocalDate end) {
        return end.plusDays(1).atStartOfDay(ZONE).toInstant();
    }

    void onActivated(@Observes LeaseActivated e) {
        List<Device> locks = devices.locksOfUnit(e.unitId());
        Map<Long, String> names = leases.memberNames(e.householdId());
        String type = store.settings().memberCredentialType();
        Instant from = from(e.start());
        Instant until = until(e.end());
        List<KeysStore.Credential> previous = e.previousLeaseId() == null ? List.of() : store.liveOfLease(e.previousLeaseId());
        List<Long> taken = new ArrayList<>();
        for (KeysStore.Credential old : previous) {
            boolean sameUnit = old.unitId() == e.unitId();
            boolean stillMember = old.memberId() != null && e.memberIds().contains(old.memberId());
            if (sameUnit && stillMember && old.kind().equals("RESIDENT")) {
                store.updateCredential(old.id(), "GRANTING", null, e.leaseId(), from, until);
                String cmd = commands.issue(old.deviceId(), "GRANT", old.credentialId(), old.credentialType(), from, until,
                        null, actor());
                store.log(old.unitId(), e.householdId(), e.leaseId(), old.deviceId(), old.credentialId(), cmd,
                        "EXTENDED", actor(), "续期至 " + e.end());
                taken.add(old.id());
            } else {
                revoke(old, old.unitId() == e.unitId() ? "成员不在新合同中" : "调换房屋", actor());
            }
        }
        for (Device lock : locks) {
            for (Long memberId : e.memberIds()) {
                boolean has = previous.stream().anyMatch(o -> taken.contains(o.id()) && o.deviceId().equals(lock.deviceId())
                        && memberId.equals(o.memberId()));
                if (has) {
                    continue;
                }
                grant(lock, e.unitId(), e.householdId(), e.leaseId(), memberId, names.getOrDefault(memberId, "住户"),
                        "RESIDENT", type, from, until, null, e.previousLeaseId() == null ? "GRANTED" : "MOVED",
                        "合同生效");
            }
        }
    }

    /**
     * A lock approved on a unit someone already lives in: the members of its ACTIVE lease get their keys on it at once,
     * for the lease's term. Keys otherwise follow LeaseActivated, which for an occupied unit has long passed, so
     * without this a new lock would give nobody a key. Runs in the approving transaction; a member who already holds a
     * live credential on this lock is skipped.
     */
    public void lockApproved(Device lock) {
        if (lock.kind() != org.anju.devices.domain.DeviceKind.SMART_LOCK || lock.unitId() == null
                || lock.registration() != org.anju.devices.domain.Registration.APPROVED) {
            return;
        }
        leases.activeLeaseOfUnit(lock.unitId()).ifPresent(o -> {
            Map<Long, String> names = leases.memberNames(o.householdId());
            String type = store.settings().memberCredentialType();
            List<KeysStore.Credential> live = store.liveOfLease(o.leaseId());
            for (Long memberId : o.memberIds()) {
                if (live.stream().anyMatch(k -> k.deviceId().equals(lock.deviceId()) && memberId.equals(k.memberId()))) {
                    continue;
                }
                grant(lock, o.unitId(), o.householdId(), o.leaseId(), memberId, names.getOrDefault(memberId, "住户"),
                        "RESIDENT", type, from(o.start()), until(o.end()), null, "GRANTED", "门锁审核通过（房屋已入住）");
            }
        });
    }

    void onEnded(@Observes LeaseEnded e) {
        if (e.successorLeaseId() != null) {
            return; // the successor's activation moves or revokes them (it knows both units and the members)
        }
        for (KeysStore.Credential k : store.liveOfLease(e.leaseId())) {
            revoke(k, e.status() == org.anju.leasing.api.LeaseStatus.EXPIRED ? "合同到期" : "退租：" + e.reason(), actor());
        }
        for (KeysStore.Credential k : store.ofHousehold(e.householdId(), "VISITOR")) {
            if (k.unitId() == e.unitId() && (k.status().equals("ACTIVE") || k.status().equals("GRANTING"))) {
                revoke(k, "合同结束", actor());
            }
        }
    }

    void onArrears(@Observes ArrearsChanged e) {
        if (!"WARN".equals(store.settings().arrearsPolicy()) || e.overdue() == null || e.overdue().signum() <= 0) {
            return;
        }
        for (KeysStore.Credential k : store.liveOfLease(e.leaseId())) {
            store.log(k.unitId(), e.householdId(), e.leaseId(), k.deviceId(), k.credentialId(), null, "ARREARS_WARNING",
                    "system", "欠费 " + e.overdue().setScale(2, java.math.RoundingMode.HALF_UP) + " 元（"
                            + e.daysOverdue() + " 天），仅提示，不影响开门");
            break;
        }
    }

    /** Staff grant a credential on every approved lock of a unit. */
    public List<KeysStore.Credential> grantByStaff(long unitId, DeviceCommands.GrantInput in) {
        List<Device> locks = devices.locksOfUnit(unitId);
        if (locks.isEmpty()) {
            throw new ProblemException(409, "unit-has-no-lock", unitId);
        }
        Instant from = in.validFrom() == null ? Instant.now() : in.validFrom().toInstant();
        Instant until = in.validUntil() == null ? null : in.validUntil().toInstant();
        if (until != null && !until.isAfter(from)) {
            throw ProblemException.invalid("validUntil", "devices.validation.window");
        }
        String holder = in.holder() == null || in.holder().isBlank() ? null : in.holder().trim();
        if (in.memberId() == null && holder == null) {
            throw ProblemException.invalid("holder", "devices.validation.holder");
        }
        List<KeysStore.Credential> out = new ArrayList<>();
        for (Device lock : locks) {
            out.add(grant(lock, unitId, null, null, in.memberId(), holder == null ? "成员#" + in.memberId() : holder,
                    "STAFF", in.credentialType(), from, until, null, "GRANTED", "人工授权"));
        }
        return out;
    }

    /** A resident's visitor code on the household's door(s); answers the credentials and the PIN (shown once). */
    public Map.Entry<List<KeysStore.Credential>, String> visitorCode(long householdId, DeviceCommands.VisitorCodeInput in) {
        LeaseDirectory.BillingTerms lease = leases.liveLeaseOfHousehold(householdId)
                .orElseThrow(() -> new ProblemException(409, "no-live-lease"));
        Instant from = in.validFrom().toInstant();
        Instant until = in.validUntil().toInstant();
        int max = store.settings().visitorCodeMaxHours();
        if (!until.isAfter(from)) {
            throw ProblemException.invalid("validUntil", "devices.validation.window");
        }
        if (Duration.between(from, until).toHours() > max || (Duration.between(from, until).toMinutes() > max * 60L)) {
            throw ProblemException.invalid("validUntil", "devices.validation.visitorWindow", max);
        }
        if (until.isBefore(Instant.now())) {
            throw ProblemException.invalid("validUntil", "devices.validation.window");
        }
        List<Device> locks = devices.locksOfUnit(lease.unitId());
        if (locks.isEmpty()) {
            throw new ProblemException(409, "unit-has-no-lock", lease.unitId());
        }
        String pin = String.format("%06d", RANDOM.nextInt(1_000_000));
        List<KeysStore.Credential> out = new ArrayList<>();
        for (Device lock : locks) {
            out.add(grant(lock, lease.unitId(), householdId, lease.leaseId(), null, "访客 " + in.visitorName().trim(),
                    "VISITOR", "PIN", from, until, pin, "VISITOR_CODE", "访客码 " + in.visitorName().trim()));
        }
        return Map.entry(out, pin);
    }

    public KeysStore.Credential revokeById(long id, String reason, Long householdOnly) {
        KeysStore.Credential k = store.credential(id).orElseThrow(() -> ProblemException.notFound("credential-not-found", id));
        if (householdOnly != null && (!householdOnly.equals(k.householdId()) || !k.kind().equals("VISITOR"))) {
            throw ProblemException.notFound("credential-not-found", id);
        }
        if (k.status().equals("REVOKED") || k.status().equals("REVOKING")) {
            return k;
        }
        revoke(k, reason, actor());
        return store.credential(id).orElseThrow();
    }

    /** Opens a door now (audited); the operator's policy says who may. */
    public KeysStore.Command open(Device lock, String reason, boolean resident) {
        String policy = store.settings().remoteOpen();
        if (policy.equals("DISABLED") || (resident && !policy.equals("STAFF_AND_RESIDENT"))) {
            throw new ProblemException(403, "remote-open-disabled");
        }
        String who = actor();
        String cmd = commands.issue(lock.deviceId(), "OPEN", who.length() > 64 ? who.substring(0, 64) : who, null, null,
                null, null, who);
        store.log(lock.unitId(), null, null, lock.deviceId(), null, cmd, "REMOTE_OPEN", who, reason);
        return store.command(cmd).orElseThrow();
    }

    private KeysStore.Credential grant(Device lock, long unitId, Long householdId, Long leaseId, Long memberId, String holder,
                                       String kind, String type, Instant from, Instant until, String pin, String action,
                                       String why) {
        long id = store.nextCredentialId();
        String credentialId = "cred-" + id;
        store.insertCredential(id, credentialId, lock.deviceId(), unitId, householdId, leaseId, memberId, holder, kind, type,
                from, until, "GRANTING", actor());
        String cmd = commands.issue(lock.deviceId(), "GRANT", credentialId, type, from, until, pin, actor());
        store.log(unitId, householdId, leaseId, lock.deviceId(), credentialId, cmd, action, actor(),
                why + "：" + holder + "，" + type + "，" + LOG_TIME.format(from) + " ~ " + (until == null ? "长期" : LOG_TIME.format(until)));
        return store.credential(id).orElseThrow();
    }

    private void revoke(KeysStore.Credential k, String reason, String actor) {
        store.updateCredential(k.id(), "REVOKING", reason, null, null, null);
        String cmd = commands.issue(k.deviceId(), "REVOKE", k.credentialId(), null, null, null, null, actor);
        store.log(k.unitId(), k.householdId(), k.leaseId(), k.deviceId(), k.credentialId(), cmd, "REVOKED", actor,
                reason + "：" + k.holder());
    }

    private static String actor() {
        String a = TenantContext.actor();
        return a == null ? "system" : a;
    }

}
