package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.anju.leasing.domain.ApprovalDecision;
import org.anju.leasing.domain.ApprovalEngine;
import org.anju.leasing.domain.ApprovalStep;
import org.anju.leasing.domain.Decision;
import org.anju.leasing.domain.StepMode;
import org.junit.jupiter.api.Test;

/**
 * R6.3c: the decisions that count are those of the current round: a lease returned for changes and submitted again
 * is decided afresh.
 */
class ApprovalServiceTest {

    private static ApprovalDecision decision(int round, int step, String role, Decision d, long user, String reason) {
        return new ApprovalDecision(77, round, step, role, d, "user" + user, user, reason, Fixtures.T0);
    }

    @Test
    void onlyTheCurrentRoundsDecisionsAreVotes() {
        List<ApprovalDecision> all = List.of(
                decision(1, 1, "finance", Decision.APPROVE, 20, null),
                decision(1, 1, "legal", Decision.RETURN, 21, "押金金额有误"),
                decision(2, 1, "finance", Decision.APPROVE, 22, null));
        assertThat(ApprovalService.votes(all, 2)).containsExactly(new ApprovalEngine.Vote(1, "finance", 22, Decision.APPROVE));
        assertThat(ApprovalService.votes(all, 1)).containsExactly(
                new ApprovalEngine.Vote(1, "finance", 20, Decision.APPROVE),
                new ApprovalEngine.Vote(1, "legal", 21, Decision.RETURN));
        assertThat(ApprovalService.votes(all, 3)).isEmpty();
    }

    @Test
    void afterAReturnTheSameApproversDecideAgain() {
        List<ApprovalStep> steps = List.of(new ApprovalStep(1, "会签", List.of("finance", "legal"), StepMode.ALL));
        List<ApprovalDecision> all = List.of(
                decision(1, 1, "finance", Decision.APPROVE, 20, null),
                decision(1, 1, "legal", Decision.RETURN, 21, "押金金额有误"));
        assertThat(ApprovalEngine.canDecide(steps, 1, ApprovalService.votes(all, 1), 20, Set.of("finance"))).isFalse();
        assertThat(ApprovalEngine.canDecide(steps, 1, ApprovalService.votes(all, 2), 20, Set.of("finance"))).isTrue();
        assertThat(ApprovalEngine.decide(steps, 1, ApprovalService.votes(all, 2), 20, Set.of("finance"), Decision.APPROVE)
                .outcome()).as("the old approval does not carry over").isEqualTo(ApprovalEngine.Outcome.STAY);
    }
}
