package org.anju.devices.infrastructure;

import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;

import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.OpcUaEndpoint;
import org.anju.devices.domain.OpcUaNodeMapping;
import org.anju.kernel.api.Like;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.hibernate.Session;

/** Gateways and node maps in the operator's schema (JPA; node maps of thousands of lines in one statement). */
@ApplicationScoped
public class OpcUaStore {

    /** A node map line to insert in bulk. */
    public record NewNode(String nodeId, long unitId, MeterKind kind) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    public EntityManager em() {
        return em;
    }

    public void add(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    public Optional<OpcUaEndpoint> endpoint(long id) {
        return Optional.ofNullable(em.find(OpcUaEndpoint.class, id));
    }

    public Optional<OpcUaEndpoint> endpointByName(String name) {
        return em.createQuery("SELECT e FROM OpcUaEndpoint e WHERE e.name = :n", OpcUaEndpoint.class)
                .setParameter("n", name).getResultStream().findFirst();
    }

    /** Endpoints by name, filtered (an organization has tens of them, not thousands). */
    public List<OpcUaEndpoint> endpoints(Long projectId, Boolean enabled, String q) {
        StringBuilder jpql = new StringBuilder("SELECT e FROM OpcUaEndpoint e WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (projectId != null) {
            jpql.append(" AND e.projectId = :p");
            params.put("p", projectId);
        }
        if (enabled != null) {
            jpql.append(" AND e.enabled = :en");
            params.put("en", enabled);
        }
        if (q != null && !q.isBlank()) {
            jpql.append(" AND (LOWER(e.name) LIKE :q ESCAPE '!' OR LOWER(e.url) LIKE :q ESCAPE '!')");
            params.put("q", Like.contains(q.trim().toLowerCase()));
        }
        TypedQuery<OpcUaEndpoint> query = em.createQuery(jpql + " ORDER BY e.name, e.id", OpcUaEndpoint.class);
        params.forEach(query::setParameter);
        return query.getResultList();
    }

    public Map<Long, Long> nodeCounts(Collection<Long> endpointIds) {
        Map<Long, Long> out = new HashMap<>();
        if (endpointIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("SELECT n.endpointId, COUNT(n) FROM OpcUaNodeMapping n "
                        + "WHERE n.endpointId IN :ids GROUP BY n.endpointId", Object[].class)
                .setParameter("ids", endpointIds).getResultList()) {
            out.put((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    public List<OpcUaNodeMapping> nodes(long endpointId) {
        return em.createQuery("SELECT n FROM OpcUaNodeMapping n WHERE n.endpointId = :e", OpcUaNodeMapping.class)
                .setParameter("e", endpointId).getResultList();
    }

    /** Some unit the endpoint's node map reaches (to name its project without listing the project's units). */
    public Optional<Long> anyMappedUnit(long endpointId) {
        return em.createQuery("SELECT n.unitId FROM OpcUaNodeMapping n WHERE n.endpointId = :e ORDER BY n.id", Long.class)
                .setParameter("e", endpointId).setMaxResults(1).getResultStream().findFirst();
    }

    public Optional<OpcUaNodeMapping> node(long id) {
        return Optional.ofNullable(em.find(OpcUaNodeMapping.class, id));
    }

    public Optional<OpcUaNodeMapping> nodeByNodeId(long endpointId, String nodeId) {
        return em.createQuery("SELECT n FROM OpcUaNodeMapping n WHERE n.endpointId = :e AND n.nodeId = :id",
                        OpcUaNodeMapping.class)
                .setParameter("e", endpointId).setParameter("id", nodeId).getResultStream().findFirst();
    }

    /** Mappings with this NodeId on any endpoint of the organization (vendor readings name a node). */
    public List<OpcUaNodeMapping> nodesByNodeId(Collection<String> nodeIds) {
        if (nodeIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT n FROM OpcUaNodeMapping n WHERE n.nodeId IN :ids", OpcUaNodeMapping.class)
                .setParameter("ids", nodeIds).getResultList();
    }

    public Optional<OpcUaNodeMapping> nodeOfUnit(long unitId, MeterKind kind) {
        return em.createQuery("SELECT n FROM OpcUaNodeMapping n WHERE n.unitId = :u AND n.kind = :k",
                        OpcUaNodeMapping.class)
                .setParameter("u", unitId).setParameter("k", kind).getResultStream().findFirst();
    }

    /** "unitId|KIND" of every mapped meter of the organization, for auto-map to skip what is taken. */
    public List<Object[]> mappedMeters() {
        return em.createQuery("SELECT n.unitId, n.kind, n.endpointId, n.nodeId FROM OpcUaNodeMapping n", Object[].class)
                .getResultList();
    }

    public Page<OpcUaNodeMapping> nodePage(long endpointId, MeterKind kind, Long unitId, String q, PageRequest page) {
        StringBuilder where = new StringBuilder(" WHERE n.endpointId = :e");
        Map<String, Object> params = new HashMap<>();
        params.put("e", endpointId);
        if (kind != null) {
            where.append(" AND n.kind = :k");
            params.put("k", kind);
        }
        if (unitId != null) {
            where.append(" AND n.unitId = :u");
            params.put("u", unitId);
        }
        if (q != null && !q.isBlank()) {
            where.append(" AND LOWER(n.nodeId) LIKE :q ESCAPE '!'");
            params.put("q", Like.contains(q.trim().toLowerCase()));
        }
        TypedQuery<OpcUaNodeMapping> items = em.createQuery("SELECT n FROM OpcUaNodeMapping n" + where
                + " ORDER BY n.nodeId", OpcUaNodeMapping.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(n) FROM OpcUaNodeMapping n" + where, Long.class);
        params.forEach((k, v) -> {
            items.setParameter(k, v);
            count.setParameter(k, v);
        });
        return new Page<>(items.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult(), page.page(), page.size());
    }

    public int deleteNodes(long endpointId) {
        em.flush();
        return em.createQuery("DELETE FROM OpcUaNodeMapping n WHERE n.endpointId = :e").setParameter("e", endpointId)
                .executeUpdate();
    }

    /** Inserts node map lines in one statement; a line whose NodeId or unit and kind is taken is skipped. */
    public int insertNodes(long endpointId, List<NewNode> nodes) {
        if (nodes.isEmpty()) {
            return 0;
        }
        em.flush();
        return em.unwrap(Session.class).doReturningWork(c -> {
            List<Object> ids = new ArrayList<>(nodes.size());
            List<Object> units = new ArrayList<>(nodes.size());
            List<Object> kinds = new ArrayList<>(nodes.size());
            for (NewNode n : nodes) {
                ids.add(n.nodeId());
                units.add(n.unitId());
                kinds.add(n.kind().name());
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO opcua_node (id, endpoint_id, node_id, unit_id, kind, created_at) "
                            + "SELECT nextval('opcua_node_seq'), ?, n, u, k, now() "
                            + "FROM unnest(?::text[], ?::bigint[], ?::text[]) AS x(n, u, k) ON CONFLICT DO NOTHING")) {
                ps.setLong(1, endpointId);
                ps.setArray(2, c.createArrayOf("text", ids.toArray()));
                ps.setArray(3, c.createArrayOf("bigint", units.toArray()));
                ps.setArray(4, c.createArrayOf("text", kinds.toArray()));
                return ps.executeUpdate();
            }
        });
    }
}
