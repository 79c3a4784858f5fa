package org.anju.alerts.application;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.alerts.api.AlertMessages;
import org.anju.alerts.domain.AlertRouting;
import org.anju.alerts.domain.AlertSettings;
import org.anju.alerts.infrastructure.AlertStore;
import org.anju.messaging.api.InboundMessage;
import org.anju.messaging.api.MessageHandler;
import org.anju.notify.api.Notices;

/**
 * In-app notices of alerts (queue {@value AlertMessages#NOTIFY_QUEUE}): a new, escalated or dispatched alert reaches
 * the roles the operator's routes name for its type and project (and a dispatch its assignee); evidence and closing
 * are in the alert's history, not worth a notice each. Runs in the message's tenant and transaction; the notice's
 * de-duplication key is the message id, so a redelivered message notifies nobody twice.
 */
@ApplicationScoped
public class AlertNotifyHandler implements MessageHandler {

    @Inject
    AlertStore store;

    @Inject
    Notices notices;

    /** One notice to send: to a role or to a user. */
    public record Notice(String role, Long userId, String title, String body, String link, String dedupKey) {
    }

    @Override
    public String address() {
        return AlertMessages.ADDRESS;
    }

    @Override
    public String queue() {
        return AlertMessages.NOTIFY_QUEUE;
    }

    @Override
    public void handle(InboundMessage message) {
        JsonObject body = Json.createReader(new StringReader(message.body())).readObject();
        Long project = number(body, "projectId");
        Long assignee = number(body, "assigneeUserId");
        for (Notice n : plan(message.type(), message.messageId(), body.getString("type", ""), project,
                body.getString("severity", ""), body.getString("title", ""), body.getString("explanation", ""),
                body.getJsonNumber("alertId").longValue(), body.getBoolean("authority", false), assignee,
                store.settings().routes())) {
            if (n.userId() != null) {
                notices.send(n.userId(), "alert", n.title(), n.body(), n.link(), n.dedupKey());
            } else {
                notices.sendToRole(n.role(), "alert", n.title(), n.body(), n.link(), n.dedupKey());
            }
        }
    }

    /** Who hears of one message, and what they read (pure: unit-tested). */
    public static List<Notice> plan(String messageType, String messageId, String alertType, Long projectId,
                                    String severity, String title, String explanation, long alertId, boolean authority,
                                    Long assignee, List<AlertSettings.Route> routes) {
        List<Notice> out = new ArrayList<>();
        String link = "/alerts/" + alertId;
        String heading = switch (messageType) {
            case AlertMessages.OPENED -> "【" + severityName(severity) + "预警】" + title;
            case AlertMessages.ESCALATED -> (authority ? "【预警超时上报】" : "【预警升级】") + title;
            case AlertMessages.DISPATCHED -> "【入户核查任务】" + title;
            default -> null;
        };
        if (heading == null) {
            return out;
        }
        if (AlertMessages.DISPATCHED.equals(messageType)) {
            if (assignee != null) {
                out.add(new Notice(null, assignee, heading, explanation, link, messageId));
            }
            return out;
        }
        for (String role : AlertRouting.roles(alertType, projectId, routes)) {
            out.add(new Notice(role, null, heading, explanation, link, messageId + ":" + role));
        }
        return out;
    }

    static String severityName(String severity) {
        return switch (severity) {
            case "CRITICAL" -> "紧急";
            case "HIGH" -> "高";
            case "MEDIUM" -> "中";
            default -> "低";
        };
    }

    private static Long number(JsonObject o, String field) {
        JsonValue v = o.get(field);
        return v instanceof jakarta.json.JsonNumber n ? n.longValue() : null;
    }
}
