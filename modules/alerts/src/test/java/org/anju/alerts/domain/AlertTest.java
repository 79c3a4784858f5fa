package org.anju.alerts.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.anju.kernel.api.ProblemException;
import org.junit.jupiter.api.Test;

class AlertTest {

    static final Instant T0 = Instant.parse("2026-11-22T00:00:00Z");

    static Finding finding(Severity s, AlertType type) {
        return new Finding(type, s, type.subjectKind(), "11", 3L, 11L, null, null, 1, "alerts.explain.doorOpened",
                List.of("x", "y"), Map.of(), "k", "e");
    }

    @Test
    void lifecycleGoesOpenAcknowledgedDispatchedResolved() {
        Alert a = Alert.open(1, finding(Severity.MEDIUM, AlertType.NOBODY_LIVING), T0, AlertSettings.defaults());
        assertThat(a.status()).isEqualTo(AlertStatus.OPEN);
        assertThat(a.deadline()).isEqualTo(T0.plus(Duration.ofHours(24)));
        a.acknowledge();
        a.dispatch(7, LocalDate.of(2026, 11, 25));
        a.resolve(Alert.Finding.NORMAL, "入户核查，住户正常居住", List.of("photo-1"), T0);
        assertThat(a.status()).isEqualTo(AlertStatus.RESOLVED);
        assertThat(a.assigneeUserId()).isEqualTo(7L);
    }

    @Test
    void illegalStepsAre409WithTheAllowedOnes() {
        Alert a = Alert.open(1, finding(Severity.LOW, AlertType.SUBLET), T0, AlertSettings.defaults());
        assertThatThrownBy(() -> a.resolve(Alert.Finding.NORMAL, null, null, T0))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.extensions().get("allowed")).isEqualTo(List.of("ACKNOWLEDGED", "DISPATCHED", "DISMISSED"));
                });
        a.dismiss("误报：住户出差", T0);
        assertThatThrownBy(a::acknowledge).isInstanceOf(ProblemException.class);
    }

    @Test
    void severityOnlyRisesWithEvidence() {
        Alert a = Alert.open(1, finding(Severity.MEDIUM, AlertType.CONTRACT_EXPIRY), T0, AlertSettings.defaults());
        assertThat(a.absorb(finding(Severity.LOW, AlertType.CONTRACT_EXPIRY))).isFalse();
        assertThat(a.absorb(finding(Severity.HIGH, AlertType.CONTRACT_EXPIRY))).isTrue();
        assertThat(a.severity()).isEqualTo(Severity.HIGH);
    }

    @Test
    void escalatesALevelPerMissedDeadlineThenMarksForTheAuthority() {
        AlertSettings s = AlertSettings.defaults();
        Alert a = Alert.open(1, finding(Severity.HIGH, AlertType.WELFARE), T0, s);
        assertThat(a.deadline()).as("welfare: the fastest schedule").isEqualTo(T0.plus(Duration.ofHours(2)));
        assertThat(a.escalate(T0.plus(Duration.ofHours(1)), s)).isEqualTo(Alert.Escalation.NONE);
        Instant t = T0;
        for (int level = 1; level <= s.escalationLevels(); level++) {
            t = a.deadline();
            assertThat(a.escalate(t, s)).isEqualTo(Alert.Escalation.LEVEL);
            assertThat(a.escalationLevel()).isEqualTo(level);
        }
        assertThat(a.escalate(a.deadline(), s)).isEqualTo(Alert.Escalation.AUTHORITY);
        assertThat(a.authority()).isTrue();
        assertThat(a.escalate(a.deadline().plus(Duration.ofDays(1)), s)).as("once").isEqualTo(Alert.Escalation.NONE);
    }

    @Test
    void settingsRefuseBadFieldsByName() {
        AlertSettings d = AlertSettings.defaults();
        AlertSettings bad = new AlertSettings(List.of(60, 0), null, null, 1, null, null, null, null, List.of("ROBOT"),
                null, null, null, null, null, null, null, null, null, null, 10, 5, null, null, null,
                List.of(new AlertSettings.Route("NOPE", null, List.of("org_admin")))).withDefaults();
        assertThatThrownBy(bad::validate).isInstanceOfSatisfying(ProblemException.class, e ->
                assertThat(e.violations()).extracting(v -> v.field()).contains("expiryOffsetsDays[1]",
                        "nobodyLivingDays", "welfareGroups[0]", "routes[0].type"));
        d.validate();
        AlertSettings slowCritical = new AlertSettings(null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null, 30, 8, 24, 72, null, null).withDefaults();
        assertThatThrownBy(slowCritical::validate).isInstanceOf(ProblemException.class);
    }

    @Test
    void routingAddsUpTypeAndProjectRoutes() {
        List<AlertSettings.Route> routes = new java.util.ArrayList<>(AlertSettings.defaultRoutes());
        routes.add(new AlertSettings.Route("WELFARE", 3L, List.of("project3_steward")));
        assertThat(AlertRouting.roles("WELFARE", 3L, routes))
                .containsExactly("org_admin", "housing_manager", "leasing_officer", "project3_steward");
        assertThat(AlertRouting.roles("WELFARE", 4L, routes)).doesNotContain("project3_steward");
        assertThat(AlertRouting.roles("DEVICE_TAMPER", null, routes)).containsExactly("org_admin", "device_officer", "housing_manager");
    }
}
