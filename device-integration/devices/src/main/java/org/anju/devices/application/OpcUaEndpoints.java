package org.anju.devices.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditTrail;
import org.anju.devices.api.MeterKind;
import org.anju.devices.domain.MeterUnitMatcher;
import org.anju.devices.domain.OpcUaConnectionState;
import org.anju.devices.domain.OpcUaEndpoint;
import org.anju.devices.domain.OpcUaNodeMapping;
import org.anju.devices.domain.OpcUaNodeName;
import org.anju.devices.infrastructure.OpcUaBrowser;
import org.anju.devices.infrastructure.OpcUaCertificates;
import org.anju.devices.infrastructure.OpcUaClients;
import org.anju.devices.infrastructure.OpcUaConnection;
import org.anju.devices.infrastructure.OpcUaStore;
import org.anju.housing.api.UnitDirectory;
import org.anju.housing.api.UnitSummary;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.privacy.api.PersonalData;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;

/**
 * Gateways (OPC UA endpoints) and their node maps (P4): configuring them, mapping NodeIds to units (by hand, by
 * browsing the gateway or by the NodeId convention) and seeing how each client is doing. Every change bumps the
 * endpoint's configuration version and, once committed, brings the running clients in line ({@link OpcUaSupervisor}).
 * A gateway password is sealed with the organization's key (the same as residents' personal data) and never answered.
 */
@ApplicationScoped
@Transactional
public class OpcUaEndpoints {

    private static final Logger LOG = Logger.getLogger(OpcUaEndpoints.class.getName());
    /** The field name bound into the seal: a sealed gateway password opens as nothing else. */
    static final String PASSWORD_FIELD = "opcua.endpoint.password";
    private static final int UNMATCHED_SHOWN = 200;

    @Inject
    OpcUaStore store;

    @Inject
    OpcUaClients clients;

    @Inject
    OpcUaCertificates certificates;

    @Inject
    UnitDirectory units;

    @Inject
    PersonalData sealing;

    @Inject
    AuditTrail audit;

    @Inject
    Transactions transactions;

    @Inject
    Event<OpcUaEndpointChanged> changed;

    // ------------------------------------------------------------------ endpoints

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpcUaViews.EndpointView> list(Long projectId, Boolean enabled, OpcUaConnectionState state, String q,
                                              PageRequest page) {
        List<OpcUaEndpoint> all = store.endpoints(projectId, enabled, q);
        Map<Long, Long> counts = store.nodeCounts(all.stream().map(OpcUaEndpoint::id).toList());
        Map<Long, String> projects = projectNames(all);
        List<OpcUaViews.EndpointView> views = new ArrayList<>();
        for (OpcUaEndpoint e : all) {
            OpcUaViews.EndpointView v = view(e, counts.getOrDefault(e.id(), 0L), projects.get(e.projectId()));
            if (state == null || state.name().equals(v.connection().state())) {
                views.add(v);
            }
        }
        int from = Math.min(views.size(), page.offset());
        int to = Math.min(views.size(), from + page.size());
        return new Page<>(views.subList(from, to), views.size(), page.page(), page.size());
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OpcUaViews.EndpointView get(long id) {
        return view(endpoint(id));
    }

    public OpcUaViews.EndpointView create(OpcUaCommands.EndpointInput in) {
        validate(in, null);
        if (in.username() != null && !in.username().isBlank() && (in.password() == null || in.password().isEmpty())) {
            throw ProblemException.invalid("password", "opcua.validation.password.required");
        }
        OpcUaEndpoint e = new OpcUaEndpoint(settings(in), seal(in), TenantContext.actor(), Instant.now());
        store.add(e);
        store.em().flush();
        fireChanged(e);
        return view(e);
    }

    public OpcUaViews.EndpointView update(long id, OpcUaCommands.EndpointInput in) {
        OpcUaEndpoint e = endpoint(id);
        validate(in, e);
        String username = blank(in.username());
        boolean newUser = username != null && !username.equals(e.username());
        if (newUser && (in.password() == null || in.password().isEmpty())) {
            throw ProblemException.invalid("password", "opcua.validation.password.required");
        }
        e.apply(settings(in), seal(in), Instant.now());
        fireChanged(e);
        return view(e);
    }

    public void delete(long id) {
        OpcUaEndpoint e = endpoint(id);
        store.deleteNodes(id);
        store.remove(e);
        changed.fire(new OpcUaEndpointChanged(TenantContext.require(), id));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<AuditEntry> history(long id) {
        endpoint(id);
        return audit.history(OpcUaEndpoint.class, id, e -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", e.name());
            m.put("url", e.url());
            m.put("securityPolicy", e.securityPolicy());
            m.put("securityMode", e.securityMode());
            m.put("username", e.username());
            m.put("namespaceUri", e.namespaceUri());
            m.put("projectId", e.projectId());
            m.put("nodePrefix", e.nodePrefix());
            m.put("enabled", e.enabled());
            return m;
        });
    }

    /** Every client of the organization running on this server, with its endpoint (the console's status strip). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpcUaViews.ConnectionView> connections() {
        return store.endpoints(null, null, null).stream().map(this::connection).toList();
    }

    // ------------------------------------------------------------------ node map

    @Transactional(Transactional.TxType.SUPPORTS)
    public Page<OpcUaViews.NodeMappingView> nodes(long endpointId, MeterKind kind, Long unitId, String q,
                                                  PageRequest page) {
        endpoint(endpointId);
        Page<OpcUaNodeMapping> p = store.nodePage(endpointId, kind, unitId, q, page);
        Map<Long, String> labels = new HashMap<>();
        return p.map(n -> nodeView(n, labels.computeIfAbsent(n.unitId(),
                u -> units.find(u).map(UnitSummary::label).orElse(null))));
    }

    public OpcUaViews.NodeMappingView addNode(long endpointId, OpcUaCommands.NodeMappingInput in) {
        OpcUaEndpoint e = endpoint(endpointId);
        UnitSummary unit = checkNode(e, in, null);
        OpcUaNodeMapping n = new OpcUaNodeMapping(endpointId, in.nodeId().trim(), in.unitId(), in.kind(), Instant.now());
        store.add(n);
        e.touch(Instant.now());
        store.em().flush();
        fireChanged(e);
        return nodeView(n, unit.label());
    }

    public OpcUaViews.NodeMappingView updateNode(long endpointId, long mappingId, OpcUaCommands.NodeMappingInput in) {
        OpcUaEndpoint e = endpoint(endpointId);
        OpcUaNodeMapping n = mapping(e, mappingId);
        UnitSummary unit = checkNode(e, in, n);
        n.change(in.nodeId().trim(), in.unitId(), in.kind());
        e.touch(Instant.now());
        store.em().flush();
        fireChanged(e);
        return nodeView(n, unit.label());
    }

    public void deleteNode(long endpointId, long mappingId) {
        OpcUaEndpoint e = endpoint(endpointId);
        store.remove(mapping(e, mappingId));
        e.touch(Instant.now());
        fireChanged(e);
    }

    /**
     * Maps the gateway's meter nodes to the project's units. Browsing talks to the gateway outside any transaction
     * (it may take seconds); reading the units before and writing the map after are transactions of their own.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public OpcUaViews.AutoMapResult autoMap(long endpointId, OpcUaCommands.AutoMapInput in) {
        record Before(OpcUaConnection.Config config, String prefix, List<UnitSummary> units) {
        }
        Before before = transactions.inNew(() -> {
            OpcUaEndpoint e = endpoint(endpointId);
            return new Before(config(e, List.of()), e.nodePrefix(), units.ofProject(e.projectId()));
        });
        List<MeterUnitMatcher.Candidate> candidates = before.units().stream()
                .map(u -> new MeterUnitMatcher.Candidate(u.id(), u.buildingName(), u.roomNumber())).toList();
        List<String> found;
        if (in.source() == OpcUaCommands.AutoMapInput.Source.BROWSE) {
            try {
                found = OpcUaBrowser.variables(before.config(), before.prefix(), certificates);
            } catch (Exception ex) {
                LOG.log(Level.INFO, "Browsing " + before.config() + " failed", ex);
                throw new ProblemException(502, "opcua-browse-failed", before.config().url(),
                        describe(ex));
            }
        } else {
            found = new ArrayList<>();
            for (MeterUnitMatcher.Candidate c : candidates) {
                for (OpcUaNodeName n : MeterUnitMatcher.conventionalNames(before.prefix(), c)) {
                    found.add(n.identifier());
                }
            }
        }
        boolean replace = Boolean.TRUE.equals(in.replace());
        return transactions.inNew(() -> writeMap(endpointId, before.prefix(), candidates, found, replace,
                in.source().name()));
    }

    private OpcUaViews.AutoMapResult writeMap(long endpointId, String prefix, List<MeterUnitMatcher.Candidate> candidates,
                                              List<String> found, boolean replace, String source) {
        OpcUaEndpoint e = endpoint(endpointId);
        if (replace) {
            store.deleteNodes(endpointId);
        }
        Set<String> taken = new HashSet<>();
        Set<String> ownNodes = new HashSet<>();
        for (Object[] m : store.mappedMeters()) {
            taken.add(m[0] + "|" + m[1]);
            if (((Long) m[2]) == endpointId) {
                ownNodes.add((String) m[3]);
            }
        }
        MeterUnitMatcher matcher = new MeterUnitMatcher(candidates);
        List<OpcUaStore.NewNode> add = new ArrayList<>();
        List<OpcUaViews.Unmatched> unmatched = new ArrayList<>();
        int unmatchedTotal = 0;
        int already = 0;
        for (String id : found) {
            if (ownNodes.contains(id)) {
                already++;
                continue;
            }
            OpcUaNodeName name = OpcUaNodeName.parse(prefix, id).orElse(null);
            String reason;
            if (name == null) {
                reason = "not-a-meter-node";
            } else {
                MeterUnitMatcher.Match m = matcher.match(name.building(), name.room());
                if (m.matched() && taken.add(m.unitId() + "|" + name.kind())) {
                    add.add(new OpcUaStore.NewNode(id, m.unitId(), name.kind()));
                    continue;
                }
                reason = m.matched() ? "unit-kind-taken" : m.reason();
            }
            unmatchedTotal++;
            if (unmatched.size() < UNMATCHED_SHOWN) {
                unmatched.add(new OpcUaViews.Unmatched(id, reason));
            }
        }
        int mapped = store.insertNodes(endpointId, add);
        if (mapped > 0 || replace) {
            // only a changed map restarts the client
            e.touch(Instant.now());
            fireChanged(e);
        }
        return new OpcUaViews.AutoMapResult(source, found.size(), mapped, already, unmatchedTotal, unmatched);
    }

    // ------------------------------------------------------------------ clients

    /** What the enabled endpoints' clients need, passwords opened (call in the tenant's transaction). */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OpcUaConnection.Config> enabledConfigs() {
        List<OpcUaConnection.Config> out = new ArrayList<>();
        for (OpcUaEndpoint e : store.endpoints(null, true, null)) {
            List<OpcUaConnection.Node> nodes = store.nodes(e.id()).stream()
                    .map(n -> new OpcUaConnection.Node(n.nodeId(), n.unitId(), n.kind())).toList();
            out.add(config(e, nodes));
        }
        return out;
    }

    OpcUaConnection.Config config(OpcUaEndpoint e, List<OpcUaConnection.Node> nodes) {
        String password = e.passwordSealed() == null ? null : sealing.open(PASSWORD_FIELD, e.passwordSealed());
        return new OpcUaConnection.Config(e.id(), e.name(), e.url(), e.securityPolicy(), e.securityMode(),
                e.username(), password, e.namespaceUri(), e.configVersion(), nodes);
    }

    // ------------------------------------------------------------------ helpers

    private void validate(OpcUaCommands.EndpointInput in, OpcUaEndpoint current) {
        ProblemException.Violations v = new ProblemException.Violations();
        store.endpointByName(in.name().trim()).filter(o -> current == null || !o.id().equals(current.id()))
                .ifPresent(o -> v.add("name", "opcua.validation.name.taken", in.name().trim()));
        if (!in.securityMode().fits(in.securityPolicy())) {
            v.add("securityMode", "opcua.validation.securityMode", in.securityPolicy().name());
        }
        if (!units.projectExists(in.projectId())) {
            v.add("projectId", "opcua.validation.project.unknown", in.projectId());
        }
        v.throwIfAny();
    }

    private static OpcUaEndpoint.Settings settings(OpcUaCommands.EndpointInput in) {
        return new OpcUaEndpoint.Settings(in.name().trim(), in.url().trim(), in.securityPolicy(), in.securityMode(),
                blank(in.username()), in.namespaceUri().trim(), in.projectId(), in.nodePrefix().trim(), in.enabled());
    }

    private String seal(OpcUaCommands.EndpointInput in) {
        if (blank(in.username()) == null || in.password() == null || in.password().isEmpty()) {
            return null;
        }
        return sealing.seal(PASSWORD_FIELD, in.password());
    }

    private UnitSummary checkNode(OpcUaEndpoint e, OpcUaCommands.NodeMappingInput in, OpcUaNodeMapping current) {
        ProblemException.Violations v = new ProblemException.Violations();
        String nodeId = in.nodeId().trim();
        store.nodeByNodeId(e.id(), nodeId).filter(o -> current == null || !o.id().equals(current.id()))
                .ifPresent(o -> v.add("nodeId", "opcua.validation.nodeId.taken", nodeId));
        UnitSummary unit = units.find(in.unitId()).filter(u -> u.projectId() == e.projectId()).orElse(null);
        if (unit == null) {
            v.add("unitId", "opcua.validation.unit.unknown", in.unitId());
        }
        store.nodeOfUnit(in.unitId(), in.kind()).filter(o -> current == null || !o.id().equals(current.id()))
                .ifPresent(o -> v.add("kind", "opcua.validation.unitKind.taken", in.kind().name(), o.nodeId()));
        v.throwIfAny();
        return unit;
    }

    private void fireChanged(OpcUaEndpoint e) {
        changed.fire(new OpcUaEndpointChanged(TenantContext.require(), e.id()));
    }

    OpcUaEndpoint endpoint(long id) {
        return store.endpoint(id).orElseThrow(() -> ProblemException.notFound("opcua-endpoint-not-found", id));
    }

    private OpcUaNodeMapping mapping(OpcUaEndpoint e, long mappingId) {
        return store.node(mappingId).filter(n -> n.endpointId() == e.id())
                .orElseThrow(() -> ProblemException.notFound("opcua-node-not-found", mappingId));
    }

    private Map<Long, String> projectNames(List<OpcUaEndpoint> endpoints) {
        Map<Long, String> names = new HashMap<>();
        for (OpcUaEndpoint e : endpoints) {
            if (names.containsKey(e.projectId())) {
                continue;
            }
            // housing names a project through its units: a mapped unit is one lookup; before any mapping, the list
            String name = store.anyMappedUnit(e.id()).flatMap(units::find)
                    .filter(u -> u.projectId() == e.projectId()).map(UnitSummary::projectName)
                    .orElseGet(() -> units.ofProject(e.projectId()).stream().findFirst()
                            .map(UnitSummary::projectName).orElse(null));
            names.put(e.projectId(), name);
        }
        return names;
    }

    private OpcUaViews.EndpointView view(OpcUaEndpoint e) {
        long count = store.nodeCounts(List.of(e.id())).getOrDefault(e.id(), 0L);
        return view(e, count, projectNames(List.of(e)).get(e.projectId()));
    }

    private OpcUaViews.EndpointView view(OpcUaEndpoint e, long nodes, String projectName) {
        return new OpcUaViews.EndpointView(e.id(), e.name(), e.url(), e.securityPolicy().name(),
                e.securityMode().name(), e.username(), e.passwordSealed() != null, e.namespaceUri(), e.projectId(),
                projectName, e.nodePrefix(), e.enabled(), nodes, connection(e), e.createdAt(), e.updatedAt(),
                e.version());
    }

    private OpcUaViews.ConnectionView connection(OpcUaEndpoint e) {
        TenantId tenant = TenantContext.require();
        return clients.status(tenant, e.id())
                .map(s -> new OpcUaViews.ConnectionView(e.id(), e.name(), e.url(), e.enabled(), s.state().name(),
                        s.since(), s.lastError(), s.monitoredItems(), s.lastValueAt(), s.readingsStored(), s.backlog()))
                .orElseGet(() -> new OpcUaViews.ConnectionView(e.id(), e.name(), e.url(), e.enabled(),
                        OpcUaConnectionState.DISCONNECTED.name(), null, null, 0, null, 0, 0));
    }

    private static OpcUaViews.NodeMappingView nodeView(OpcUaNodeMapping n, String label) {
        return new OpcUaViews.NodeMappingView(n.id(), n.endpointId(), n.nodeId(), n.unitId(), label, n.kind().name(),
                n.createdAt());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    private static String describe(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && (t instanceof java.util.concurrent.ExecutionException
                || t instanceof java.util.concurrent.CompletionException)) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.length() > 300 ? m.substring(0, 300) : m;
    }
}
