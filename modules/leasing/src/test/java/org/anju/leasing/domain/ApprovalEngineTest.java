package org.anju.leasing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.anju.leasing.domain.ApprovalEngine.Outcome;
import org.anju.leasing.domain.ApprovalEngine.Refused;
import org.anju.leasing.domain.ApprovalEngine.Result;
import org.anju.leasing.domain.ApprovalEngine.Vote;
import org.junit.jupiter.api.Test;

/**
 * R6.3c: approvals along a lease type's configurable steps. ANY (任一): one approval by a named role passes the step.
 * ALL (会签): every named role approves, each by a different person. A rejection ends it, a return sends it back.
 */
class ApprovalEngineTest {

    private static final long OFFICER = 10;
    private static final long FINANCE = 20;
    private static final long LEGAL = 21;
    private static final long BOTH = 30;
    private static final long DIRECTOR = 40;

    /** 初审 (ANY) → 会签 by finance and legal (ALL) → 终审 by the approver or the org admin (ANY). */
    private final List<ApprovalStep> steps = List.of(
            new ApprovalStep(1, "初审", List.of("leasing_officer"), StepMode.ANY),
            new ApprovalStep(2, "会签", List.of("finance", "legal"), StepMode.ALL),
            new ApprovalStep(3, "终审", List.of("lease_approver", "org_admin"), StepMode.ANY));

    private Result decide(int step, List<Vote> votes, long user, Set<String> roles, Decision d) {
        return ApprovalEngine.decide(steps, step, votes, user, roles, d);
    }

    private static Refused.Why refusal(Runnable r) {
        try {
            r.run();
        } catch (Refused e) {
            return e.why();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void anyStepPassesWithOneApprovalAndTheLeaseWaitsAtTheNextStep() {
        Result r = decide(1, List.of(), OFFICER, Set.of("leasing_officer"), Decision.APPROVE);
        assertThat(r).isEqualTo(new Result(Outcome.NEXT_STEP, "leasing_officer", 2));
    }

    @Test
    void anyStepAcceptsEitherOfItsRoles() {
        assertThat(decide(3, List.of(), DIRECTOR, Set.of("org_admin"), Decision.APPROVE))
                .isEqualTo(new Result(Outcome.APPROVED, "org_admin", 0));
        assertThat(decide(3, List.of(), DIRECTOR, Set.of("lease_approver", "tenant"), Decision.APPROVE))
                .isEqualTo(new Result(Outcome.APPROVED, "lease_approver", 0));
    }

    @Test
    void approvingTheLastStepApprovesTheLease() {
        List<ApprovalStep> single = List.of(new ApprovalStep(1, "合同审批", List.of("lease_approver", "org_admin"), StepMode.ANY));
        assertThat(ApprovalEngine.decide(single, 1, List.of(), DIRECTOR, Set.of("lease_approver"), Decision.APPROVE).outcome())
                .isEqualTo(Outcome.APPROVED);
    }

    @Test
    void allStepWaitsUntilEveryRoleHasApproved() {
        Result first = decide(2, List.of(), FINANCE, Set.of("finance"), Decision.APPROVE);
        assertThat(first).isEqualTo(new Result(Outcome.STAY, "finance", 2));

        List<Vote> votes = List.of(new Vote(2, "finance", FINANCE, Decision.APPROVE));
        Result second = decide(2, votes, LEGAL, Set.of("legal"), Decision.APPROVE);
        assertThat(second).isEqualTo(new Result(Outcome.NEXT_STEP, "legal", 3));
    }

    @Test
    void theSameUserCannotDecideTwiceAtAStep() {
        List<Vote> votes = List.of(new Vote(2, "finance", FINANCE, Decision.APPROVE));
        assertThat(refusal(() -> decide(2, votes, FINANCE, Set.of("finance"), Decision.APPROVE)))
                .isEqualTo(Refused.Why.ALREADY_DECIDED);
        assertThat(refusal(() -> decide(2, votes, FINANCE, Set.of("finance"), Decision.REJECT)))
                .as("not even to change their mind").isEqualTo(Refused.Why.ALREADY_DECIDED);
    }

    @Test
    void oneUserHoldingTwoRolesCountsForOneRoleOnly() {
        Result r = decide(2, List.of(), BOTH, Set.of("finance", "legal"), Decision.APPROVE);
        assertThat(r.outcome()).isEqualTo(Outcome.STAY);
        assertThat(r.role()).isEqualTo("finance");

        List<Vote> votes = List.of(new Vote(2, r.role(), BOTH, Decision.APPROVE));
        assertThat(refusal(() -> decide(2, votes, BOTH, Set.of("finance", "legal"), Decision.APPROVE)))
                .isEqualTo(Refused.Why.ALREADY_DECIDED);
        assertThat(decide(2, votes, LEGAL, Set.of("legal"), Decision.APPROVE).outcome()).isEqualTo(Outcome.NEXT_STEP);
    }

    @Test
    void aSecondApproverOfARoleAlreadyApprovedHasNothingToApprove() {
        List<Vote> votes = List.of(new Vote(2, "finance", FINANCE, Decision.APPROVE));
        assertThat(refusal(() -> decide(2, votes, 22, Set.of("finance"), Decision.APPROVE)))
                .isEqualTo(Refused.Why.ALREADY_DECIDED);
        assertThat(ApprovalEngine.canDecide(steps, 2, votes, 22, Set.of("finance"))).isFalse();
    }

    @Test
    void theOpenRoleIsTakenByAUserHoldingBoth() {
        List<Vote> votes = List.of(new Vote(2, "finance", FINANCE, Decision.APPROVE));
        assertThat(decide(2, votes, BOTH, Set.of("finance", "legal"), Decision.APPROVE))
                .isEqualTo(new Result(Outcome.NEXT_STEP, "legal", 3));
    }

    @Test
    void aUserWithoutTheStepsRoleIsRefused() {
        assertThat(refusal(() -> decide(1, List.of(), FINANCE, Set.of("finance"), Decision.APPROVE)))
                .isEqualTo(Refused.Why.NOT_YOUR_STEP);
        assertThat(refusal(() -> decide(1, List.of(), DIRECTOR, Set.of("lease_approver"), Decision.APPROVE)))
                .as("a later step's role").isEqualTo(Refused.Why.NOT_YOUR_STEP);
        assertThat(refusal(() -> decide(1, List.of(), 99, Set.of(), Decision.REJECT)))
                .as("nor may they reject").isEqualTo(Refused.Why.NOT_YOUR_STEP);
    }

    @Test
    void aRejectionEndsTheApprovalWhateverIsStillOpen() {
        assertThat(decide(2, List.of(), FINANCE, Set.of("finance"), Decision.REJECT))
                .isEqualTo(new Result(Outcome.REJECTED, "finance", 0));
        assertThat(decide(1, List.of(), OFFICER, Set.of("leasing_officer"), Decision.REJECT).outcome())
                .isEqualTo(Outcome.REJECTED);
    }

    @Test
    void aReturnSendsTheDraftBack() {
        List<Vote> votes = List.of(new Vote(2, "finance", FINANCE, Decision.APPROVE));
        assertThat(decide(2, votes, LEGAL, Set.of("legal"), Decision.RETURN))
                .isEqualTo(new Result(Outcome.RETURNED, "legal", 0));
    }

    @Test
    void decisionsAtOtherStepsDoNotCount() {
        // the officer approved step 1; holding finance too, they may still take part at step 2
        List<Vote> votes = List.of(new Vote(1, "leasing_officer", OFFICER, Decision.APPROVE));
        assertThat(decide(2, votes, OFFICER, Set.of("leasing_officer", "finance"), Decision.APPROVE))
                .isEqualTo(new Result(Outcome.STAY, "finance", 2));
    }

    @Test
    void aStepThatDoesNotExistIsAnError() {
        assertThatThrownBy(() -> decide(4, List.of(), OFFICER, Set.of("leasing_officer"), Decision.APPROVE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ApprovalEngine.canDecide(steps, 4, List.of(), OFFICER, Set.of("leasing_officer"))).isFalse();
    }

    @Test
    void theInboxShowsExactlyWhatTheUserCouldApprove() {
        assertThat(ApprovalEngine.canDecide(steps, 1, List.of(), OFFICER, Set.of("leasing_officer"))).isTrue();
        assertThat(ApprovalEngine.canDecide(steps, 1, List.of(), FINANCE, Set.of("finance"))).isFalse();
        List<Vote> votes = List.of(new Vote(2, "finance", FINANCE, Decision.APPROVE));
        assertThat(ApprovalEngine.canDecide(steps, 2, votes, FINANCE, Set.of("finance"))).isFalse();
        assertThat(ApprovalEngine.canDecide(steps, 2, votes, LEGAL, Set.of("legal"))).isTrue();
    }

    @Test
    void aStepListsItsRolesTrimmed() {
        ApprovalStep s = new ApprovalStep(1, "会签", List.of(" finance", "legal "), StepMode.ALL);
        assertThat(s.roles()).containsExactly("finance", "legal");
    }
}
