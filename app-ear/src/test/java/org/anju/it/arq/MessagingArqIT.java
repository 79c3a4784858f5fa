package org.anju.it.arq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.anju.kernel.api.Transactions;
import org.anju.messaging.api.OutboundMessage;
import org.anju.messaging.api.Outbox;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The messaging plumbing in the container (P3, issue 8): a message enqueued in a transaction reaches a queue's
 * handler once, in its own tenant; a rolled-back transaction sends nothing; the same key twice is one message; a
 * message already consumed is not handled again; a message that keeps failing is dead-lettered with its reason and
 * the queue goes on.
 */
@ExtendWith(ArquillianExtension.class)
class MessagingArqIT {

    static final TenantId A = TenantId.ofOrganization("demo");
    static final TenantId B = TenantId.ofOrganization("demo_city");

    @Deployment
    static WebArchive deployment() {
        return ArqProbe.deployment(MessagingArqIT.class, ArqMessageHandler.class, ArqMessageHandler.Handled.class);
    }

    @Inject
    Outbox outbox;

    @Inject
    Transactions transactions;

    @Inject
    ArqProbe probe;

    @Inject
    org.anju.messaging.infrastructure.MessagingUpkeep upkeep;

    void enqueue(TenantId tenant, String key, String body) {
        TenantScope.call(tenant, "arq", () -> transactions.inNew(() -> {
            outbox.enqueue(new OutboundMessage("anju.arq", "ArqTest", key, body));
            return null;
        }));
    }

    static List<ArqMessageHandler.Handled> handled(String key) {
        return ArqMessageHandler.HANDLED.stream().filter(h -> h.key().equals(key)).toList();
    }

    static void eventually(BooleanSupplier done, String what) throws InterruptedException {
        for (int i = 0; i < 240 && !done.getAsBoolean(); i++) {
            Thread.sleep(250);
        }
        assertTrue(done.getAsBoolean(), what);
    }

    long deadLetters(String key) {
        try {
            return Long.parseLong(probe.queryString("SELECT count(*) FROM org_demo.dead_message WHERE message_id = '" + key + "'"));
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aCommittedMessageIsHandledOnceInItsOwnTenant() throws Exception {
        String a = "a-" + UUID.randomUUID();
        String b = "b-" + UUID.randomUUID();
        enqueue(A, a, "{\"n\":1}");
        enqueue(A, a, "{\"n\":2}"); // the same key again: ignored by the outbox
        enqueue(B, b, "{\"n\":3}");
        eventually(() -> handled(a).size() == 1 && handled(b).size() == 1, "both handled");
        Thread.sleep(1500);
        assertEquals(1, handled(a).size(), "once");
        ArqMessageHandler.Handled ha = handled(a).get(0);
        assertEquals("demo", ha.tenantInScope(), "the handler ran inside the message's tenant");
        assertEquals("demo", ha.tenantOfMessage());
        assertEquals("{\"n\":1}", ha.body(), "the first enqueue wins");
        assertEquals("demo_city", handled(b).get(0).tenantInScope());
        assertEquals("1", probe.queryString("SELECT count(*) FROM org_demo.consumed_message WHERE message_id = '" + a + "'"));
        assertEquals("0", probe.queryString("SELECT count(*) FROM org_demo_city.consumed_message WHERE message_id = '" + a + "'"));
        assertEquals("0", probe.queryString("SELECT count(*) FROM org_demo.outbox_message WHERE published_at IS NULL"),
                "the outbox is empty once relayed");
    }

    @Test
    void aRolledBackTransactionSendsNothing() throws Exception {
        String key = "rb-" + UUID.randomUUID();
        try {
            TenantScope.call(A, "arq", () -> transactions.inNew(() -> {
                outbox.enqueue(new OutboundMessage("anju.arq", "ArqTest", key, "{}"));
                throw new IllegalStateException("changed my mind");
            }));
        } catch (IllegalStateException expected) {
            // rolled back
        }
        String after = "after-" + UUID.randomUUID();
        enqueue(A, after, "{}");
        eventually(() -> handled(after).size() == 1, "a later message handled");
        assertEquals(0, handled(key).size(), "nothing of the rolled-back transaction");
        assertEquals("0", probe.queryString("SELECT count(*) FROM org_demo.outbox_message WHERE message_key = '" + key + "'"));
    }

    @Test
    void aMessageAlreadyConsumedIsNotHandledAgain() throws Exception {
        String key = "seen-" + UUID.randomUUID();
        // as if a first delivery had been handled and its acknowledgement lost
        probe.sql("INSERT INTO org_demo.consumed_message (queue, message_id) VALUES ('anju.arq.recorder', '" + key + "')");
        enqueue(A, key, "{}");
        String after = "after-" + UUID.randomUUID();
        enqueue(A, after, "{}");
        eventually(() -> handled(after).size() == 1, "the next message handled");
        assertEquals(0, handled(key).size(), "the redelivered one is skipped");
    }

    @Test
    void aMessageThatKeepsFailingIsDeadLetteredWithItsReasonAndTheQueueGoesOn() throws Exception {
        String poison = "poison-" + UUID.randomUUID();
        enqueue(A, poison, "{\"poison\":true}");
        String after = "after-" + UUID.randomUUID();
        enqueue(A, after, "{}");
        eventually(() -> handled(after).size() == 1, "the message after the poison handled (it does not wait for it)");
        eventually(() -> deadLetters(poison) == 1, "the poison dead-lettered after its retries");
        Thread.sleep(1500);
        assertEquals(3, ArqMessageHandler.ATTEMPTS.stream().filter(poison::equals).count(), "tried maxAttempts times, no more");
        String reason = probe.queryString("SELECT reason || '|' || attempts || '|' || queue FROM org_demo.dead_message "
                + "WHERE message_id = '" + poison + "'");
        assertEquals("IllegalStateException: cannot digest " + poison + "|3|anju.arq.recorder", reason);
        assertEquals("0", probe.queryString("SELECT count(*) FROM org_demo_city.dead_message WHERE message_id = '" + poison + "'"),
                "the other organization has none of it");
    }

    @Test
    void oldPublishedMessagesAndConsumedIdsAreForgottenButNotWhatIsPendingOrDead() throws Exception {
        String old = "old-" + UUID.randomUUID();
        String pending = "pending-" + UUID.randomUUID();
        probe.sql("INSERT INTO org_demo.outbox_message (address, type, message_key, body, created_at, published_at) "
                + "VALUES ('anju.arq', 'ArqTest', '" + old + "', '{}', now() - interval '40 days', now() - interval '40 days')");
        probe.sql("INSERT INTO org_demo.outbox_message (address, type, message_key, body, created_at, published_at) "
                + "VALUES ('anju.none', 'ArqTest', '" + pending + "', '{}', now() - interval '40 days', NULL)");
        probe.sql("INSERT INTO org_demo.consumed_message (queue, message_id, consumed_at) "
                + "VALUES ('anju.arq.recorder', '" + old + "', now() - interval '40 days')");
        probe.sql("INSERT INTO org_demo_city.consumed_message (queue, message_id, consumed_at) "
                + "VALUES ('anju.arq.recorder', '" + old + "', now() - interval '40 days')");
        int forgotten = TenantScope.call(A, "arq", () -> transactions.inNew(
                () -> upkeep.forget(java.time.Instant.now().minus(java.time.Duration.ofDays(30)))));
        assertTrue(forgotten >= 2, "forgot " + forgotten);
        assertEquals("0", probe.queryString("SELECT count(*) FROM org_demo.outbox_message WHERE message_key = '" + old + "'"));
        assertEquals("1", probe.queryString("SELECT count(*) FROM org_demo.outbox_message WHERE message_key = '" + pending + "'"),
                "an unpublished message is never dropped");
        assertEquals("0", probe.queryString("SELECT count(*) FROM org_demo.consumed_message WHERE message_id = '" + old + "'"));
        assertEquals("1", probe.queryString("SELECT count(*) FROM org_demo_city.consumed_message WHERE message_id = '" + old + "'"),
                "another organization's upkeep is its own");
        probe.sql("DELETE FROM org_demo.outbox_message WHERE message_key = '" + pending + "'");
    }
}
