package org.anju.notify.application;

import java.util.Collection;
import java.util.List;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.anju.notify.api.LiveEvents;
import org.anju.notify.infrastructure.LiveStreams;
import org.anju.tenancy.api.TenantContext;

/** {@link LiveEvents} on this server's open streams, after commit. */
@ApplicationScoped
public class LiveEventService implements LiveEvents {

    @Inject
    LiveStreams streams;

    @jakarta.persistence.PersistenceContext(unitName = "anju")
    jakarta.persistence.EntityManager em;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Keeps a signed-in user's new stream and tells the browser it is live (it then reads what it missed). */
    public void open(long userId, SseEventSink sink, Sse sse) {
        streams.add(TenantContext.require().organizationCode(), userId, sink, sse);
        sink.send(sse.newEventBuilder().name("ready").data("{}").build());
    }

    @Override
    @SuppressWarnings("unchecked")
    public void toPermission(String permission, String event, String json) {
        String org = TenantContext.require().organizationCode();
        java.util.Set<Long> connected = streams.connected(org);
        if (connected.isEmpty()) {
            return; // nobody is looking: no query at all
        }
        int colon = permission.indexOf(':');
        String area = colon < 0 ? permission : permission.substring(0, colon);
        List<Object> allowed = em.createNativeQuery("SELECT DISTINCT u.id FROM app_user u "
                        + "JOIN app_user_role ur ON ur.user_id = u.id JOIN app_role_permission p ON p.role_id = ur.role_id "
                        + "WHERE u.status = 'ACTIVE' AND u.id = ANY(CAST(?1 AS bigint[])) AND p.permission IN (?2, ?3, '*')")
                .setParameter(1, connected.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(",", "{", "}")))
                .setParameter(2, permission).setParameter(3, area + ":*").getResultList();
        toUsers(allowed.stream().map(u -> ((Number) u).longValue()).toList(), event, json);
    }

    @Override
    public void toUsers(Collection<Long> userIds, String event, String json) {
        if (userIds.isEmpty()) {
            return;
        }
        String org = TenantContext.require().organizationCode();
        List<Long> users = List.copyOf(userIds);
        if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        streams.send(org, users, event, json);
                    }
                }
            });
        } else {
            streams.send(org, users, event, json);
        }
    }
}
