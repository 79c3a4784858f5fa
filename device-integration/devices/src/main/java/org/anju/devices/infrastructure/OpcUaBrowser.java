package org.anju.devices.infrastructure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.milo.opcua.sdk.client.OpcUaClient;
import org.eclipse.milo.opcua.stack.core.Identifiers;
import org.eclipse.milo.opcua.stack.core.types.builtin.ByteString;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UShort;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseDirection;
import org.eclipse.milo.opcua.stack.core.types.enumerated.BrowseResultMask;
import org.eclipse.milo.opcua.stack.core.types.enumerated.NodeClass;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.BrowseResult;
import org.eclipse.milo.opcua.stack.core.types.structured.ReferenceDescription;
import org.eclipse.milo.opcua.stack.core.types.structured.ViewDescription;

import static org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.Unsigned.uint;

/**
 * Browses a gateway for its meter nodes (auto-map): a short session of its own, then breadth first from the folder
 * {@code <prefix>} in the endpoint's namespace (devices protocol 2.2: Objects / project / building / room / meters),
 * at most four levels and a fixed number of nodes, up to 250 nodes per Browse request (fewer if the server says so). Answers the string identifiers of the
 * variables found in that namespace; the caller decides which name meters.
 */
public final class OpcUaBrowser {

    /** Stops a browse of an address space that is not what the protocol describes. */
    static final int MAX_NODES = 250_000;
    /** Milo's default MaxNodesPerBrowse; halved while a server answers Bad_TooManyOperations. */
    private static final int PER_REQUEST = 250;
    /** No view: the whole address space (Milo needs the null view spelled out). */
    private static final ViewDescription ALL_OF_IT = new ViewDescription(NodeId.NULL_VALUE, DateTime.MIN_VALUE, uint(0));

    private OpcUaBrowser() {
    }

    /** The variables' string identifiers under {@code <prefix>}; throws when the gateway cannot be browsed. */
    public static List<String> variables(OpcUaConnection.Config config, String prefix, OpcUaCertificates certificates)
            throws Exception {
        OpcUaClient client = connect(config, certificates);
        try {
            UShort ns = client.readNamespaceTable().getIndex(config.namespaceUri());
            if (ns == null) {
                throw new IllegalStateException("namespace " + config.namespaceUri() + " is not on the server");
            }
            List<String> variables = new ArrayList<>();
            List<NodeId> level = List.of(new NodeId(ns, prefix));
            int perRequest = PER_REQUEST;
            for (int depth = 0; depth < 4 && !level.isEmpty(); depth++) {
                List<NodeId> next = new ArrayList<>();
                for (int from = 0; from < level.size(); ) {
                    List<NodeId> chunk = level.subList(from, Math.min(level.size(), from + perRequest));
                    List<ReferenceDescription> refs;
                    try {
                        refs = browse(client, chunk);
                    } catch (Exception e) {
                        if (perRequest > 1 && OpcUaConnection.tooManyOperations(e)) {
                            perRequest = Math.max(1, perRequest / 2); // the server's MaxNodesPerBrowse is lower
                            continue;
                        }
                        throw e;
                    }
                    from += chunk.size();
                    for (ReferenceDescription r : refs) {
                        NodeId id = r.getNodeId().toNodeId(client.getNamespaceTable()).orElse(null);
                        if (id == null || !id.getNamespaceIndex().equals(ns) || !(id.getIdentifier() instanceof String s)) {
                            continue;
                        }
                        if (r.getNodeClass() == NodeClass.Variable) {
                            variables.add(s);
                        } else if (r.getNodeClass() == NodeClass.Object) {
                            next.add(id);
                        }
                        if (variables.size() + next.size() > MAX_NODES) {
                            throw new IllegalStateException("more than " + MAX_NODES + " nodes under " + prefix);
                        }
                    }
                }
                level = next;
            }
            return variables;
        } finally {
            client.disconnect().get(5, TimeUnit.SECONDS);
        }
    }

    private static List<ReferenceDescription> browse(OpcUaClient client, List<NodeId> nodes) throws Exception {
        List<BrowseDescription> requests = new ArrayList<>(nodes.size());
        for (NodeId n : nodes) {
            requests.add(new BrowseDescription(n, BrowseDirection.Forward, Identifiers.HierarchicalReferences, true,
                    uint(NodeClass.Object.getValue() | NodeClass.Variable.getValue()),
                    uint(BrowseResultMask.All.getValue())));
        }
        List<ReferenceDescription> out = new ArrayList<>();
        BrowseResult[] results = client.browse(ALL_OF_IT, uint(0), requests).get(30, TimeUnit.SECONDS).getResults();
        List<ByteString> continuations = new ArrayList<>();
        for (BrowseResult r : results == null ? new BrowseResult[0] : results) {
            collect(r, out, continuations);
        }
        while (!continuations.isEmpty()) {
            BrowseResult[] more = client.browseNext(false, continuations).get(30, TimeUnit.SECONDS).getResults();
            continuations = new ArrayList<>();
            for (BrowseResult r : more == null ? new BrowseResult[0] : more) {
                collect(r, out, continuations);
            }
        }
        return out;
    }

    private static void collect(BrowseResult r, List<ReferenceDescription> out, List<ByteString> continuations) {
        if (!r.getStatusCode().isGood()) {
            return; // e.g. the prefix folder does not exist: nothing under it
        }
        if (r.getReferences() != null) {
            out.addAll(List.of(r.getReferences()));
        }
        if (r.getContinuationPoint() != null && r.getContinuationPoint().isNotNull()) {
            continuations.add(r.getContinuationPoint());
        }
    }

    static OpcUaClient connect(OpcUaConnection.Config config, OpcUaCertificates certificates) throws Exception {
        OpcUaClient client = OpcUaConnection.newClient(config, certificates, "Anju platform (browse)", 30_000);
        try {
            client.connect().get(20, TimeUnit.SECONDS);
        } catch (Exception e) {
            client.disconnect();
            throw e;
        }
        return client;
    }
}
