package org.anju.it.alerts;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.anju.it.devices.LockRestartIT;
import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.junit.jupiter.api.Test;

/**
 * P3 and issue 8: an alert committed while its message had not left the outbox is still delivered after the server
 * is killed, exactly once to the user. The platform console pauses the outbox relay (as for broker maintenance), a
 * lease that ends in 20 days opens a contract-expiry alert (committed, its message waiting), the server is killed
 * (SIGKILL) and started again (the pause does not survive a restart): the operator's admin gets one notice of it.
 */
class AlertOutboxKillIT {

    static List<JsonObject> alertNotices(Api admin) {
        return admin.get("/api/v1/notices?limit=200").array().stream().map(JsonValue::asJsonObject)
                .filter(n -> n.getString("category").equals("alert")).toList();
    }

    @Test
    void anAlertWaitingInTheOutboxIsDeliveredOnceAfterAKill() throws Exception {
        Api platform = Api.platformAdmin();
        Leasing.Operator a = Leasing.operator("okl");
        Api admin = a.admin();
        ok(platform.put("/api/v1/platform/messaging/relay", Json.createObjectBuilder().add("paused", true).build()));
        try {
            LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
            Leasing.Active expiring = Leasing.active(a, "断电户", "101", "duan.dian", today.minusYears(1), today.plusDays(20));
            // the activation's alert is raised after the lease's commit, by the alerts' executor: wait for it
            JsonObject alerts = ok(admin.get("/api/v1/alerts?type=CONTRACT_EXPIRY&subjectId=" + expiring.lease()));
            for (int i = 0; i < 120 && alerts.getInt("total") == 0; i++) {
                Thread.sleep(250);
                alerts = ok(admin.get("/api/v1/alerts?type=CONTRACT_EXPIRY&subjectId=" + expiring.lease()));
            }
            assertThat(alerts.getInt("total")).as("the alert is committed").isEqualTo(1);
            Thread.sleep(2000);
            assertThat(alertNotices(admin)).as("nothing told while the relay is paused").isEmpty();
        } catch (AssertionError | RuntimeException e) {
            ok(platform.put("/api/v1/platform/messaging/relay", Json.createObjectBuilder().add("paused", false).build()));
            throw e;
        }

        LockRestartIT.restartServer(); // SIGKILL, start, ready

        Api again = Api.as(a.code(), "admin", org.anju.it.support.Organizations.ADMIN_PASSWORD);
        List<JsonObject> told = List.of();
        for (int i = 0; i < 120 && told.isEmpty(); i++) {
            Thread.sleep(500);
            told = alertNotices(again);
        }
        assertThat(told).as("the alert reaches the admin after the restart").hasSize(1);
        Thread.sleep(3000); // a second delivery would show now
        assertThat(alertNotices(again)).as("exactly once").hasSize(1);
        assertThat(ok(Api.platformAdmin().get("/api/v1/platform/messaging")).getBoolean("relayPaused"))
                .as("a pause ends with the server").isFalse();
    }
}
