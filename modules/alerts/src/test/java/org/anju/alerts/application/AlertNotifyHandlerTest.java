package org.anju.alerts.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.anju.alerts.api.AlertMessages;
import org.anju.alerts.domain.AlertSettings;
import org.junit.jupiter.api.Test;

class AlertNotifyHandlerTest {

    final List<AlertSettings.Route> routes = AlertSettings.defaultRoutes();

    @Test
    void anOpenedAlertReachesTheRolesOfItsTypeEachOnceByMessageId() {
        List<AlertNotifyHandler.Notice> n = AlertNotifyHandler.plan(AlertMessages.OPENED, "alert-42-opened", "WELFARE", 3L,
                "HIGH", "特殊人群开门预警", "独居老人家庭……", 42, false, null, routes);
        assertThat(n).extracting(AlertNotifyHandler.Notice::role)
                .containsExactly("org_admin", "housing_manager", "leasing_officer");
        assertThat(n).extracting(AlertNotifyHandler.Notice::dedupKey).doesNotHaveDuplicates()
                .allMatch(k -> k.startsWith("alert-42-opened:"));
        assertThat(n.get(0).title()).isEqualTo("【高预警】特殊人群开门预警");
        assertThat(n.get(0).link()).isEqualTo("/alerts/42");
    }

    @Test
    void aDispatchReachesItsAssigneeOnlyAndEvidenceNobody() {
        assertThat(AlertNotifyHandler.plan(AlertMessages.DISPATCHED, "alert-42-dispatched", "SUBLET", 3L, "MEDIUM", "t",
                "e", 42, false, 7L, routes)).singleElement().satisfies(x -> {
                    assertThat(x.userId()).isEqualTo(7L);
                    assertThat(x.role()).isNull();
                });
        assertThat(AlertNotifyHandler.plan(AlertMessages.EVIDENCE_ADDED, "alert-42-evidence-9", "SUBLET", 3L, "MEDIUM",
                "t", "e", 42, false, null, routes)).isEmpty();
    }

    @Test
    void anAlertMarkedForTheAuthoritySaysSo() {
        assertThat(AlertNotifyHandler.plan(AlertMessages.ESCALATED, "alert-42-authority", "DEVICE_TAMPER", null, "HIGH",
                "门锁防撬报警", "e", 42, true, null, routes)).extracting(AlertNotifyHandler.Notice::title)
                .containsOnly("【预警超时上报】门锁防撬报警");
    }
}
