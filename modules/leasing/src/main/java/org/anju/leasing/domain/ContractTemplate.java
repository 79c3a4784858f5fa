package org.anju.leasing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * One version of a contract template (R6.3a). Versions are immutable: a change is a new version of the same code, and
 * a lease keeps the version it was drafted on, so the text a resident signed can always be rendered again.
 */
@Entity
@Table(name = "contract_template")
public class ContractTemplate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contract_template_seq")
    @SequenceGenerator(name = "contract_template_seq", sequenceName = "contract_template_seq", allocationSize = 50)
    private Long id;

    @Column(name = "code", nullable = false, updatable = false, length = 40)
    private String code;

    @Column(name = "version", nullable = false, updatable = false)
    private int version;

    @Column(name = "title", nullable = false, updatable = false, length = 200)
    private String title;

    @Column(name = "body", nullable = false, updatable = false, columnDefinition = "text")
    private String body;

    @Column(name = "liability_clauses", nullable = false, updatable = false, columnDefinition = "text")
    private String liabilityClauses;

    @Column(name = "return_conditions", nullable = false, updatable = false, columnDefinition = "text")
    private String returnConditions;

    @Column(name = "created_by", nullable = false, updatable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected ContractTemplate() {
    }

    public ContractTemplate(String code, int version, String title, String body, String liabilityClauses,
                            String returnConditions, String createdBy, Instant now) {
        this.code = code;
        this.version = version;
        this.title = title;
        this.body = body;
        this.liabilityClauses = liabilityClauses;
        this.returnConditions = returnConditions;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public int version() {
        return version;
    }

    public String title() {
        return title;
    }

    public String body() {
        return body;
    }

    public String liabilityClauses() {
        return liabilityClauses;
    }

    public String returnConditions() {
        return returnConditions;
    }

    public String createdBy() {
        return createdBy;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
