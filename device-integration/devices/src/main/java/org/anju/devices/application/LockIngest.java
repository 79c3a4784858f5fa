package org.anju.devices.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.anju.devices.api.DoorOpened;
import org.anju.devices.api.LockTrouble;
import org.anju.devices.domain.Device;
import org.anju.devices.domain.DeviceKind;
import org.anju.devices.domain.LockMessages;
import org.anju.devices.domain.LockTopic;
import org.anju.devices.domain.Registration;
import org.anju.devices.infrastructure.DeadLetters;
import org.anju.devices.infrastructure.DeviceLogins;
import org.anju.devices.infrastructure.DevicesStore;
import org.anju.devices.infrastructure.Incoming;
import org.anju.devices.infrastructure.LockEventStore;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantScope;

/**
 * Takes lock messages in (R6.1a), from the MQTT gateway in batches or one by one from the vendor API, and stores each
 * exactly once: the organization comes from the topic and must be the device's own (never trusted alone); malformed,
 * oversized, unknown or foreign messages go to the dead-letter queue with their reason; an event id already seen is
 * dropped without effect (QoS 1 resends, vendor retries). One transaction per organization per batch; CDI events
 * (door opened, lock trouble) are fired after it committed. A failure throws, and the caller retries the whole batch:
 * what did commit is then recognised as duplicates.
 */
@ApplicationScoped
public class LockIngest {

    private static final Logger LOG = Logger.getLogger(LockIngest.class.getName());
    /** A lock clock this far off is flagged on the device (protocol 1.4), never used to drop data. */
    static final Duration SKEW = Duration.ofMinutes(5);

    /** The answer to one message given through the vendor API. */
    public record Result(String status, String reason) {
        public static final String STORED = "STORED";
        public static final String DUPLICATE = "DUPLICATE";
        public static final String REFUSED = "REFUSED";
    }

    /** A message that passed the protocol's rules, waiting for the registry's. */
    record Parsed(Incoming message, LockTopic topic, LockMessages.Event event, LockMessages.Ack ack) {
    }

    @Inject
    OrganizationDirectory organizations;

    @Inject
    Transactions transactions;

    @Inject
    DevicesStore devices;

    @Inject
    DeviceLogins logins;

    @Inject
    LockEventStore events;

    @Inject
    DeadLetters deadLetters;

    @Inject
    LockCommandService commands;

    @Inject
    Event<DoorOpened> doorOpened;

    @Inject
    org.anju.devices.infrastructure.MonthlyPartitions partitions;

    /** Organizations whose access-record partitions this JVM has made sure of (a new operator's first event). */
    private final Set<String> partitioned = java.util.concurrent.ConcurrentHashMap.newKeySet();

    @Inject
    Event<LockTrouble> trouble;

    /** A batch from MQTT. Returns normally once every message is stored, dropped as a duplicate or dead-lettered. */
    public void accept(List<Incoming> batch) {
        List<DeadLetters.Letter> dead = new ArrayList<>();
        Map<String, List<Parsed>> byOrganization = new LinkedHashMap<>();
        for (Incoming m : batch) {
            Optional<LockTopic> topic = LockTopic.parse(m.topic());
            if (topic.isEmpty() || topic.get().channel().equals("cmd")) {
                dead.add(new DeadLetters.Letter(m, null, null, "bad-topic"));
                continue;
            }
            LockTopic t = topic.get();
            try {
                Parsed p = t.channel().equals("event")
                        ? new Parsed(m, t, LockMessages.event(m.payload()), null)
                        : new Parsed(m, t, null, LockMessages.ack(m.payload()));
                byOrganization.computeIfAbsent(t.organizationCode(), k -> new ArrayList<>()).add(p);
            } catch (LockMessages.Refused r) {
                dead.add(new DeadLetters.Letter(m, t.organizationCode(), t.deviceId(), r.reason()));
            }
        }
        List<Runnable> afterCommit = new ArrayList<>();
        for (Map.Entry<String, List<Parsed>> e : byOrganization.entrySet()) {
            Optional<OrganizationRef> org = organizations.byCode(e.getKey())
                    .filter(o -> o.kind() == OrganizationKind.OPERATOR);
            if (org.isEmpty()) {
                e.getValue().forEach(p -> dead.add(new DeadLetters.Letter(p.message(), e.getKey(), p.topic().deviceId(),
                        "unknown-organization")));
                continue;
            }
            Outcome outcome = TenantScope.call(org.get().tenant(), "system:devices",
                    () -> transactions.inNew(() -> store(e.getValue(), null)));
            dead.addAll(outcome.dead());
            afterCommit.add(() -> TenantScope.run(org.get().tenant(), outcome.fire()));
        }
        deadLetters.add(dead);
        afterCommit.forEach(Runnable::run);
    }

    /**
     * One message pushed by a vendor over its signed API (the caller checked the signature and the organization's
     * authorisation; here the device must be the vendor's). Call inside the organization's tenant scope, outside a
     * transaction.
     */
    public Result acceptVendor(String organizationCode, String vendorCode, String deviceId, String channel, byte[] payload) {
        Incoming m = new Incoming(LockTopic.of(organizationCode, deviceId, channel), payload, Instant.now(), "VENDOR_API");
        Parsed p;
        try {
            if (!LockMessages.validId(deviceId) || !(channel.equals("event") || channel.equals("ack"))) {
                throw new LockMessages.Refused("bad-topic");
            }
            LockTopic t = new LockTopic(organizationCode, deviceId, channel);
            p = channel.equals("event") ? new Parsed(m, t, LockMessages.event(payload), null)
                    : new Parsed(m, t, null, LockMessages.ack(payload));
        } catch (LockMessages.Refused r) {
            deadLetters.add(List.of(new DeadLetters.Letter(m, organizationCode, deviceId, r.reason())));
            return new Result(Result.REFUSED, r.reason());
        }
        Outcome outcome = transactions.inNew(() -> store(List.of(p), vendorCode));
        deadLetters.add(outcome.dead());
        outcome.fire().run();
        if (!outcome.dead().isEmpty()) {
            return new Result(Result.REFUSED, outcome.dead().get(0).reason());
        }
        return outcome.stored() > 0 || p.ack() != null ? new Result(Result.STORED, null) : new Result(Result.DUPLICATE, null);
    }

    /** What one organization's part of a batch did. */
    record Outcome(List<DeadLetters.Letter> dead, Runnable fire, int stored) {
    }

    /** Stores one organization's messages; runs in its tenant scope and transaction. */
    Outcome store(List<Parsed> messages, String vendorCode) {
        List<DeadLetters.Letter> dead = new ArrayList<>();
        Set<String> ids = messages.stream().map(p -> p.topic().deviceId()).collect(Collectors.toSet());
        Map<String, Device> known = devices.byDeviceIds(ids).stream()
                .collect(Collectors.toMap(Device::deviceId, Function.identity()));
        List<Parsed> accepted = new ArrayList<>();
        for (Parsed p : messages) {
            Device d = known.get(p.topic().deviceId());
            String reason = null;
            if (d == null) {
                reason = logins.organizationOf(p.topic().deviceId())
                        .filter(o -> !o.equals(p.topic().organizationCode())).isPresent()
                        ? "wrong-organization" : "unknown-device";
            } else if (vendorCode != null && !vendorCode.equals(d.vendorCode())) {
                reason = "unknown-device";
            } else if (d.registration() != Registration.APPROVED) {
                reason = "device-not-approved";
            } else if (d.kind() != DeviceKind.SMART_LOCK) {
                reason = "not-a-lock";
            }
            if (reason != null) {
                dead.add(new DeadLetters.Letter(p.message(), p.topic().organizationCode(), p.topic().deviceId(), reason));
            } else {
                accepted.add(p);
            }
        }
        // Events: each (device, event id) once, within the batch and forever after (7 days at least).
        Map<String, Parsed> eventsByKey = new LinkedHashMap<>();
        for (Parsed p : accepted) {
            if (p.event() != null) {
                eventsByKey.putIfAbsent(p.topic().deviceId() + "\n" + p.event().eventId(), p);
            }
        }
        List<LockEventStore.Seen> seen = eventsByKey.values().stream().map(p -> new LockEventStore.Seen(
                p.topic().deviceId(), p.event().eventId(), digest(p.message().payload()), p.message().receivedAt())).toList();
        Set<String> fresh = events.remember(seen);
        if (fresh.size() < seen.size()) {
            Map<String, String> first = events.digests(seen.stream()
                    .filter(s -> !fresh.contains(s.deviceId() + "\n" + s.eventId())).toList());
            for (LockEventStore.Seen s : seen) {
                String k = s.deviceId() + "\n" + s.eventId();
                if (!fresh.contains(k) && first.containsKey(k) && !first.get(k).equals(s.digest())) {
                    LOG.warning("Lock " + s.deviceId() + " resent event " + s.eventId() + " with different content; the first stays");
                }
            }
        }
        Set<String> credentialIds = eventsByKey.values().stream().map(p -> p.event().credentialId())
                .filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        Map<String, LockEventStore.Holder> holders = events.holders(credentialIds);
        List<LockEventStore.AccessRow> access = new ArrayList<>();
        List<LockEventStore.EventRow> other = new ArrayList<>();
        List<DoorOpened> opened = new ArrayList<>();
        List<LockTrouble> troubles = new ArrayList<>();
        Map<String, LockEventStore.State> states = new LinkedHashMap<>();
        List<String> cameBack = new ArrayList<>();
        org.anju.tenancy.api.TenantId tenant = org.anju.tenancy.api.TenantContext.require();
        for (Map.Entry<String, Parsed> e : eventsByKey.entrySet()) {
            if (!fresh.contains(e.getKey())) {
                continue;
            }
            Parsed p = e.getValue();
            LockMessages.Event ev = p.event();
            Device d = known.get(p.topic().deviceId());
            Instant received = p.message().receivedAt();
            switch (ev.type()) {
                case "DOOR_OPENED" -> {
                    Who who = who(ev, holders.get(ev.credentialId()));
                    access.add(new LockEventStore.AccessRow(ev.at(), received, d.deviceId(), ev.eventId(), d.unitId(),
                            ev.method(), ev.credentialId(), who.kind(), who.householdId(), who.memberId(), who.holder()));
                    opened.add(new DoorOpened(tenant, d.deviceId(), ev.eventId(), d.unitId(), who.householdId(),
                            who.memberId(), ev.method(), ev.credentialId(), who.kind(), ev.at(), received));
                }
                case "TAMPER", "LOW_BATTERY", "OFFLINE" -> {
                    other.add(new LockEventStore.EventRow(d.deviceId(), ev.eventId(), ev.type(),
                            ev.type().equals("OFFLINE") ? received : ev.at(), received, ev.battery(), d.unitId(), null));
                    troubles.add(new LockTrouble(tenant, d.deviceId(), d.unitId(), ev.type(), ev.battery(),
                            ev.type().equals("OFFLINE") ? received : ev.at(), null));
                }
                default -> {
                    // HEARTBEAT: only the state below.
                }
            }
            boolean online = !ev.type().equals("OFFLINE");
            LockEventStore.State before = states.get(d.deviceId());
            boolean wasOnline = before != null ? before.online() : d.online();
            if (online && !wasOnline) {
                cameBack.add(d.deviceId());
                other.add(new LockEventStore.EventRow(d.deviceId(), ev.eventId() + ":online", "ONLINE", received,
                        received, ev.battery(), d.unitId(), null));
            }
            long skew = Duration.between(received, ev.at()).getSeconds();
            Integer skewSeconds = Math.abs(skew) > SKEW.getSeconds() ? (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, skew)) : null;
            Instant lastSeen = before == null || received.isAfter(before.lastSeen()) ? received : before.lastSeen();
            Instant tampered = ev.type().equals("TAMPER") ? ev.at() : before == null ? null : before.tamperedAt();
            states.put(d.deviceId(), new LockEventStore.State(d.deviceId(), lastSeen, online, ev.battery(), tampered, skewSeconds));
        }
        if (!access.isEmpty() && partitioned.add(tenant.organizationCode())) {
            partitions.ensureAhead("access_record");
        }
        events.insertAccess(access);
        events.insertEvents(other);
        // Acknowledgements also show the lock is alive.
        for (Parsed p : accepted) {
            if (p.ack() != null) {
                commands.acknowledge(p.topic().deviceId(), p.ack());
                states.computeIfAbsent(p.topic().deviceId(), id -> new LockEventStore.State(id, p.message().receivedAt(),
                        true, null, null, known.get(id).clockSkewSeconds()));
            }
        }
        events.updateStates(states.values());
        cameBack.forEach(commands::deviceBack);
        int stored = fresh.size();
        return new Outcome(dead, () -> {
            opened.forEach(doorOpened::fire);
            troubles.forEach(trouble::fire);
        }, stored);
    }

    /** Whose credential opened the door (protocol 1.3's credential ids). */
    record Who(String kind, Long householdId, Long memberId, String holder) {
    }

    static Who who(LockMessages.Event ev, LockEventStore.Holder h) {
        if (h != null) {
            return new Who(h.kind(), h.householdId(), h.memberId(), h.holder());
        }
        String id = ev.credentialId();
        if (id.equals("KEY") || "KEY".equals(ev.method())) {
            return new Who("KEY", null, null, null);
        }
        if (id.equals("REMOTE")) {
            return new Who("REMOTE", null, null, null);
        }
        if (id.startsWith("L-")) {
            return new Who("LOCAL", null, null, null);
        }
        if (id.startsWith("T-PIN-")) {
            return new Who("TEMPORARY", null, null, null);
        }
        return new Who("UNKNOWN", null, null, null);
    }

    static String digest(byte[] payload) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(payload)).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
