package org.anju.leasing.domain;

import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One step of a lease type's approval workflow (R6.3c): its number, name, the roles that may decide, ANY or ALL. */
@Embeddable
public class ApprovalStep {

    @Column(name = "step_no", nullable = false)
    private int stepNo;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    /** Role codes, comma separated (a role code has no comma). */
    @Column(name = "roles", nullable = false, length = 500)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false, length = 8)
    private StepMode mode;

    protected ApprovalStep() {
    }

    public ApprovalStep(int stepNo, String name, List<String> roles, StepMode mode) {
        this.stepNo = stepNo;
        this.name = name;
        this.roles = String.join(",", roles);
        this.mode = mode;
    }

    public int stepNo() {
        return stepNo;
    }

    public String name() {
        return name;
    }

    public List<String> roles() {
        return Arrays.stream(roles.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    public StepMode mode() {
        return mode;
    }
}
