package org.anju.leasing.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides approvals along a lease type's steps (R6.3c), without I/O. At the current step, a user may decide if they
 * hold one of the step's roles and have not decided at that step in this round. {@code ANY}: the first approval passes
 * the step. {@code ALL}: every named role must approve, one approval per role, and one user's approval counts for one
 * role only (separation of duties: two roles held by one person do not make two approvals). A rejection ends the
 * lease's approval for good; a return sends it back to draft (a resubmission starts a new round from step 1).
 */
public final class ApprovalEngine {

    /** A decision already taken in the current round. */
    public record Vote(int stepNo, String role, long userId, Decision decision) {
    }

    /** What a decision does to the lease. */
    public enum Outcome {
        /** The step still waits for other roles (ALL). */
        STAY,
        /** The step passed; the lease waits at {@code nextStep}. */
        NEXT_STEP,
        /** The last step passed. */
        APPROVED,
        REJECTED,
        RETURNED
    }

    /** The outcome, the role the decision is recorded under, and the step the lease waits at next. */
    public record Result(Outcome outcome, String role, int nextStep) {
    }

    /** Why a user may not decide. */
    public static final class Refused extends RuntimeException {

        /** The reasons. */
        public enum Why {
            NOT_YOUR_STEP, ALREADY_DECIDED
        }

        private final Why why;

        public Refused(Why why) {
            super(why.name());
            this.why = why;
        }

        public Why why() {
            return why;
        }
    }

    private ApprovalEngine() {
    }

    public static Result decide(List<ApprovalStep> steps, int currentStep, List<Vote> roundVotes, long userId,
                                Set<String> userRoles, Decision decision) {
        ApprovalStep step = steps.stream().filter(s -> s.stepNo() == currentStep).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + currentStep));
        List<String> held = step.roles().stream().filter(userRoles::contains).toList();
        if (held.isEmpty()) {
            throw new Refused(Refused.Why.NOT_YOUR_STEP);
        }
        List<Vote> atStep = roundVotes.stream().filter(v -> v.stepNo() == currentStep).toList();
        if (atStep.stream().anyMatch(v -> v.userId() == userId)) {
            throw new Refused(Refused.Why.ALREADY_DECIDED);
        }
        Optional<String> open = held.stream()
                .filter(r -> atStep.stream().noneMatch(v -> v.decision() == Decision.APPROVE && v.role().equals(r)))
                .findFirst();
        if (step.mode() == StepMode.ALL && open.isEmpty() && decision == Decision.APPROVE) {
            // Every role this user holds was already approved by someone else: nothing is left for them to approve.
            throw new Refused(Refused.Why.ALREADY_DECIDED);
        }
        String role = open.orElse(held.get(0));
        switch (decision) {
            case REJECT:
                return new Result(Outcome.REJECTED, role, 0);
            case RETURN:
                return new Result(Outcome.RETURNED, role, 0);
            default:
                break;
        }
        boolean passed = step.mode() == StepMode.ANY || step.roles().stream().allMatch(r -> r.equals(role)
                || atStep.stream().anyMatch(v -> v.decision() == Decision.APPROVE && v.role().equals(r)));
        if (!passed) {
            return new Result(Outcome.STAY, role, currentStep);
        }
        int last = steps.stream().mapToInt(ApprovalStep::stepNo).max().orElse(currentStep);
        return currentStep >= last ? new Result(Outcome.APPROVED, role, 0)
                : new Result(Outcome.NEXT_STEP, role, currentStep + 1);
    }

    /** Whether the user could decide now (the approval inbox). */
    public static boolean canDecide(List<ApprovalStep> steps, int currentStep, List<Vote> roundVotes, long userId,
                                    Set<String> userRoles) {
        try {
            decide(steps, currentStep, roundVotes, userId, userRoles, Decision.APPROVE);
            return true;
        } catch (Refused | IllegalArgumentException e) {
            return false;
        }
    }
}
