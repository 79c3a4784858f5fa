package org.anju.devices.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.anju.devices.api.MeterKind;

/**
 * One line of an endpoint's node map: the NodeId (string identifier in the endpoint's namespace) of a unit's meter of
 * one kind. A NodeId is mapped once per endpoint, and a unit has at most one node per kind in the organization (the
 * database holds both), so a reading always has exactly one unit and one meter. Not audited: a node map is rebuilt in
 * bulk by auto-mapping; the endpoint's own history records that it changed.
 */
@Entity
@Table(name = "opcua_node")
public class OpcUaNodeMapping {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "opcua_node_seq")
    @SequenceGenerator(name = "opcua_node_seq", sequenceName = "opcua_node_seq", allocationSize = 50)
    private Long id;

    @Column(name = "endpoint_id", nullable = false, updatable = false)
    private Long endpointId;

    @Column(name = "node_id", nullable = false, length = 200)
    private String nodeId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 16)
    private MeterKind kind;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected OpcUaNodeMapping() {
    }

    public OpcUaNodeMapping(long endpointId, String nodeId, long unitId, MeterKind kind, Instant now) {
        this.endpointId = endpointId;
        this.createdAt = now;
        change(nodeId, unitId, kind);
    }

    public void change(String nodeId, long unitId, MeterKind kind) {
        this.nodeId = nodeId;
        this.unitId = unitId;
        this.kind = kind;
    }

    public Long id() { return id; }
    public long endpointId() { return endpointId; }
    public String nodeId() { return nodeId; }
    public long unitId() { return unitId; }
    public MeterKind kind() { return kind; }
    public Instant createdAt() { return createdAt; }
}
