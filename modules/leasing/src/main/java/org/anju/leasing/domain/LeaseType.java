package org.anju.leasing.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A kind of lease (公租房标准合同, 人才公寓合同, 临时安置…) naming its contract template, default term and its approval
 * workflow (R6.3c). Invariant: at least one step, numbered 1..n in order, each naming at least one role.
 */
@Entity
@Table(name = "lease_type")
public class LeaseType {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "lease_type_seq")
    @SequenceGenerator(name = "lease_type_seq", sequenceName = "lease_type_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "template_code", nullable = false, length = 40)
    private String templateCode;

    @Column(name = "default_term_months", nullable = false)
    private int defaultTermMonths;

    @Column(name = "active", nullable = false)
    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "lease_type_step", joinColumns = @JoinColumn(name = "lease_type_id"))
    @OrderBy("stepNo ASC")
    private List<ApprovalStep> steps = new ArrayList<>();

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    @Column(name = "version", nullable = false)
    private int version;

    protected LeaseType() {
    }

    public LeaseType(String code, Instant now) {
        this.code = code;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void define(String code, String name, String templateCode, int defaultTermMonths, boolean active,
                       List<ApprovalStep> newSteps, Instant now) {
        if (newSteps.isEmpty()) {
            throw new IllegalArgumentException("a lease type needs at least one approval step");
        }
        for (int i = 0; i < newSteps.size(); i++) {
            if (newSteps.get(i).stepNo() != i + 1 || newSteps.get(i).roles().isEmpty()) {
                throw new IllegalArgumentException("steps are numbered 1..n and name at least one role");
            }
        }
        this.code = code;
        this.name = name;
        this.templateCode = templateCode;
        this.defaultTermMonths = defaultTermMonths;
        this.active = active;
        this.steps.clear();
        this.steps.addAll(newSteps);
        this.updatedAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public String templateCode() {
        return templateCode;
    }

    public int defaultTermMonths() {
        return defaultTermMonths;
    }

    public boolean active() {
        return active;
    }

    public List<ApprovalStep> steps() {
        return List.copyOf(steps);
    }

    public ApprovalStep step(int stepNo) {
        return steps.stream().filter(s -> s.stepNo() == stepNo).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no step " + stepNo));
    }
}
