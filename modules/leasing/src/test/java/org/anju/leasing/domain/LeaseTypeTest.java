package org.anju.leasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** R6.3c: a lease type's approval workflow has at least one step, numbered 1..n, each naming a role. */
class LeaseTypeTest {

    private final Instant t0 = Instant.parse("2026-08-20T02:00:00Z");

    private static ApprovalStep step(int no, String... roles) {
        return new ApprovalStep(no, "第" + no + "步", List.of(roles), StepMode.ANY);
    }

    @Test
    void aWellFormedWorkflowIsKeptInOrder() {
        LeaseType t = new LeaseType("TALENT", t0);
        t.define("TALENT", "人才公寓合同", "TALENT", 24, true, List.of(step(1, "leasing_officer"), step(2, "org_admin")), t0);
        assertThat(t.steps()).extracting(ApprovalStep::stepNo).containsExactly(1, 2);
        assertThat(t.step(2).roles()).containsExactly("org_admin");
        assertThat(t.defaultTermMonths()).isEqualTo(24);
        assertThatThrownBy(() -> t.step(3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void badWorkflowsAreRefusedAndTheOldOneIsKept() {
        LeaseType t = new LeaseType("STANDARD", t0);
        t.define("STANDARD", "公租房标准合同", "STANDARD", 36, true, List.of(step(1, "lease_approver")), t0);
        assertThatThrownBy(() -> t.define("STANDARD", "x", "STANDARD", 36, true, List.of(), t0))
                .as("no step").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.define("STANDARD", "x", "STANDARD", 36, true, List.of(step(2, "a")), t0))
                .as("not starting at 1").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.define("STANDARD", "x", "STANDARD", 36, true, List.of(step(1, "a"), step(3, "b")), t0))
                .as("a gap").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> t.define("STANDARD", "x", "STANDARD", 36, true, List.of(step(1, " ")), t0))
                .as("no role").isInstanceOf(IllegalArgumentException.class);
        assertThat(t.name()).isEqualTo("公租房标准合同");
        assertThat(t.steps()).hasSize(1);
    }
}
