package org.anju.devices.api;

/** Permission names of building systems over OPC UA and their meter readings. */
public final class OpcUaPermissions {

    /** See gateways, node maps, connection states, readings and consumption. */
    public static final String READ = "opcua:read";
    /** Configure gateways and their node maps. */
    public static final String ADMIN = "opcua:admin";

    private OpcUaPermissions() {
    }
}
