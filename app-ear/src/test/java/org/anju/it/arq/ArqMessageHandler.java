package org.anju.it.arq;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.messaging.api.InboundMessage;
import org.anju.messaging.api.MessageHandler;
import org.anju.tenancy.api.TenantContext;

/**
 * A handler deployed with the Arquillian archive only: records what it handled and in which tenant it ran; a body
 * saying "poison" always fails.
 */
@ApplicationScoped
public class ArqMessageHandler implements MessageHandler {

    /** What a handled message looked like from inside the handler. */
    public record Handled(String tenantInScope, String tenantOfMessage, String key, String body, int deliveryCount) {
    }

    static final List<Handled> HANDLED = new CopyOnWriteArrayList<>();
    static final List<String> ATTEMPTS = new CopyOnWriteArrayList<>();

    @Override
    public String address() {
        return "anju.arq";
    }

    @Override
    public String queue() {
        return "anju.arq.recorder";
    }

    @Override
    public int maxAttempts() {
        return 3;
    }

    @Override
    public void handle(InboundMessage m) {
        ATTEMPTS.add(m.messageId());
        if (m.body().contains("poison")) {
            throw new IllegalStateException("cannot digest " + m.messageId());
        }
        HANDLED.add(new Handled(TenantContext.require().organizationCode(), m.tenant().organizationCode(), m.messageId(),
                m.body(), m.deliveryCount()));
    }
}
