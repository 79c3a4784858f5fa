package org.anju.simulator.opcua;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.anju.simulator.model.UnitSpec;
import org.eclipse.milo.opcua.sdk.core.AccessLevel;
import org.eclipse.milo.opcua.sdk.core.Reference;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.api.DataItem;
import org.eclipse.milo.opcua.sdk.server.api.ManagedNamespaceWithLifecycle;
import org.eclipse.milo.opcua.sdk.server.api.MonitoredItem;
import org.eclipse.milo.opcua.sdk.server.model.types.variables.AnalogItemType;
import org.eclipse.milo.opcua.sdk.server.nodes.UaFolderNode;
import org.eclipse.milo.opcua.sdk.server.nodes.UaVariableNode;
import org.eclipse.milo.opcua.sdk.server.util.SubscriptionModel;
import org.eclipse.milo.opcua.stack.core.Identifiers;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.builtin.Variant;
import org.eclipse.milo.opcua.stack.core.types.structured.EUInformation;

/**
 * The address space of the simulator: Objects / {@code <project>} / {@code <project>.<building>} /
 * {@code <project>.<building>.<room>} / {water, electricity, online}, all with string NodeIds in
 * {@value #URI}. Values are pushed in by {@link OpcUaMeters}; Milo's {@link SubscriptionModel} samples them for
 * monitored items, which is all a read-only meter needs.
 */
final class MeterNamespace extends ManagedNamespaceWithLifecycle {

    static final String URI = "urn:anju:simulator";
    /** UNECE Recommendation 20 codes, as OPC UA Part 8 encodes them in EUInformation.unitId. */
    private static final String UNECE_URI = "http://www.opcfoundation.org/UA/units/un/cefact";
    static final EUInformation CUBIC_METRE = new EUInformation(UNECE_URI, unitId("MTQ"),
            LocalizedText.english("m³"), LocalizedText.english("cubic metre"));
    static final EUInformation KILOWATT_HOUR = new EUInformation(UNECE_URI, unitId("KWH"),
            LocalizedText.english("kWh"), LocalizedText.english("kilowatt hour"));

    private final SubscriptionModel subscriptionModel;
    private final List<UnitSpec> units;
    private final Map<String, UnitNodes> nodes = new ConcurrentHashMap<>();

    private record UnitNodes(UaVariableNode water, UaVariableNode electricity, UaVariableNode online) {
    }

    MeterNamespace(OpcUaServer server, List<UnitSpec> units) {
        super(server, URI);
        this.units = units;
        this.subscriptionModel = new SubscriptionModel(server, this);
        getLifecycleManager().addLifecycle(subscriptionModel);
        getLifecycleManager().addStartupTask(this::createNodes);
    }

    private void createNodes() {
        Map<String, UaFolderNode> folders = new ConcurrentHashMap<>();
        for (UnitSpec u : units) {
            UaFolderNode project = folders.computeIfAbsent(u.project(), id -> {
                UaFolderNode f = folder(id, id);
                f.addReference(new Reference(f.getNodeId(), Identifiers.Organizes,
                        Identifiers.ObjectsFolder.expanded(), false));
                return f;
            });
            String buildingId = u.project() + "." + u.building();
            UaFolderNode building = folders.computeIfAbsent(buildingId, id -> {
                UaFolderNode f = folder(id, u.building());
                project.addOrganizes(f);
                return f;
            });
            UaFolderNode room = folder(u.meterKey(), u.room());
            building.addOrganizes(room);

            UaVariableNode water = variable(u.meterKey() + ".water", "water", Identifiers.Double,
                    "Cumulative water meter reading, m³ (cubic metres)", new Variant(0.0));
            water.setProperty(AnalogItemType.ENGINEERING_UNITS, CUBIC_METRE);
            UaVariableNode electricity = variable(u.meterKey() + ".electricity", "electricity", Identifiers.Double,
                    "Cumulative electricity meter reading, kWh (kilowatt hours)", new Variant(0.0));
            electricity.setProperty(AnalogItemType.ENGINEERING_UNITS, KILOWATT_HOUR);
            UaVariableNode online = variable(u.meterKey() + ".online", "online", Identifiers.Boolean,
                    "Whether the unit's meters reach the gateway; readings are stale while false", new Variant(true));
            room.addOrganizes(water);
            room.addOrganizes(electricity);
            room.addOrganizes(online);
            nodes.put(u.meterKey(), new UnitNodes(water, electricity, online));
        }
    }

    /**
     * Pushes a unit's values. The source timestamp is the simulated instant (the meter's clock), the server timestamp
     * the wall clock; while the meter is offline its readings keep their last value and timestamp.
     */
    void update(UnitSpec unit, double water, double electricity, boolean online, Instant simulated) {
        UnitNodes n = nodes.get(unit.meterKey());
        if (n == null) {
            return;
        }
        DateTime source = new DateTime(simulated);
        DateTime server = DateTime.now();
        // set every tick: the subscription model reports only changes of value or status, not of timestamps
        n.online().setValue(new DataValue(new Variant(online), StatusCode.GOOD, source, server));
        if (online) {
            n.water().setValue(new DataValue(new Variant(water), StatusCode.GOOD, source, server));
            n.electricity().setValue(new DataValue(new Variant(electricity), StatusCode.GOOD, source, server));
        }
    }

    private UaFolderNode folder(String id, String name) {
        UaFolderNode f = new UaFolderNode(getNodeContext(), newNodeId(id), newQualifiedName(name),
                LocalizedText.english(name));
        getNodeManager().addNode(f);
        return f;
    }

    private UaVariableNode variable(String id, String name, NodeId dataType, String description, Variant initial) {
        UaVariableNode node = new UaVariableNode.UaVariableNodeBuilder(getNodeContext())
                .setNodeId(newNodeId(id))
                .setAccessLevel(AccessLevel.READ_ONLY)
                .setUserAccessLevel(AccessLevel.READ_ONLY)
                .setBrowseName(newQualifiedName(name))
                .setDisplayName(LocalizedText.english(name))
                .setDescription(LocalizedText.english(description))
                .setDataType(dataType)
                .setTypeDefinition(Identifiers.BaseDataVariableType)
                .setMinimumSamplingInterval(100.0)
                .build();
        node.setValue(new DataValue(initial));
        getNodeManager().addNode(node);
        return node;
    }

    private static int unitId(String code) {
        int id = 0;
        for (char c : code.toCharArray()) {
            id = (id << 8) | c;
        }
        return id;
    }

    @Override
    public void onDataItemsCreated(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsCreated(dataItems);
    }

    @Override
    public void onDataItemsModified(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsModified(dataItems);
    }

    @Override
    public void onDataItemsDeleted(List<DataItem> dataItems) {
        subscriptionModel.onDataItemsDeleted(dataItems);
    }

    @Override
    public void onMonitoringModeChanged(List<MonitoredItem> monitoredItems) {
        subscriptionModel.onMonitoringModeChanged(monitoredItems);
    }
}
