package org.anju.notify.infrastructure;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

/**
 * The open event streams of this server, by organization and user (a user may have several tabs and a phone). A
 * comment goes down every stream each 20 seconds so proxies keep it open and closed ones are noticed and dropped.
 * Streams of one organization are never reachable from another's key.
 */
@ApplicationScoped
public class LiveStreams {

    private static final Logger LOG = Logger.getLogger(LiveStreams.class.getName());

    /** One browser's stream. */
    record Stream(SseEventSink sink, Sse sse) {
    }

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final Map<String, Map<Long, Set<Stream>>> open = new ConcurrentHashMap<>();

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        scheduler.scheduleWithFixedDelay(this::keepAlive, 20, 20, TimeUnit.SECONDS);
    }

    public void add(String organizationCode, long userId, SseEventSink sink, Sse sse) {
        open.computeIfAbsent(organizationCode, k -> new ConcurrentHashMap<>())
                .computeIfAbsent(userId, k -> ConcurrentHashMap.newKeySet()).add(new Stream(sink, sse));
    }

    public void send(String organizationCode, Collection<Long> userIds, String event, String json) {
        Map<Long, Set<Stream>> users = open.get(organizationCode);
        if (users == null) {
            return;
        }
        for (Long user : userIds) {
            Set<Stream> streams = users.get(user);
            if (streams != null) {
                for (Stream s : streams) {
                    send(users, user, s, s.sse().newEventBuilder().name(event).data(json).build());
                }
            }
        }
    }

    /** The users of an organization with a stream open on this server. */
    public java.util.Set<Long> connected(String organizationCode) {
        Map<Long, Set<Stream>> users = open.get(organizationCode);
        if (users == null) {
            return Set.of();
        }
        java.util.Set<Long> out = new java.util.HashSet<>();
        users.forEach((u, s) -> {
            if (!s.isEmpty()) {
                out.add(u);
            }
        });
        return out;
    }

    /** Streams open for a user of an organization (the console shows whether the live channel is up). */
    public int count(String organizationCode, long userId) {
        Map<Long, Set<Stream>> users = open.get(organizationCode);
        Set<Stream> s = users == null ? null : users.get(userId);
        return s == null ? 0 : s.size();
    }

    private void send(Map<Long, Set<Stream>> users, Long user, Stream s, OutboundSseEvent e) {
        if (s.sink().isClosed()) {
            drop(users, user, s);
            return;
        }
        s.sink().send(e).whenComplete((ok, failure) -> {
            if (failure != null) {
                LOG.log(Level.FINE, "a live stream closed", failure);
                drop(users, user, s);
            }
        });
    }

    private static void drop(Map<Long, Set<Stream>> users, Long user, Stream s) {
        Set<Stream> streams = users.get(user);
        if (streams != null) {
            streams.remove(s);
            try {
                s.sink().close();
            } catch (RuntimeException e) {
                // already gone
            }
        }
    }

    void keepAlive() {
        for (Map<Long, Set<Stream>> users : open.values()) {
            for (Map.Entry<Long, Set<Stream>> u : users.entrySet()) {
                for (Stream s : u.getValue()) {
                    send(users, u.getKey(), s, s.sse().newEventBuilder().comment("keep-alive").build());
                }
            }
        }
    }
}
