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

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Keeps a signed-in user's new stream and tells the browser it is live (it then reads what it missed). */
    public void open(long userId, SseEventSink sink, Sse sse) {
        streams.add(TenantContext.require().organizationCode(), userId, sink, sse);
        sink.send(sse.newEventBuilder().name("ready").data("{}").build());
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
