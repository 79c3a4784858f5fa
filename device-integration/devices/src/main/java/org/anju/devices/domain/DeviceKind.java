package org.anju.devices.domain;

/** What a registered device is (R8.1c). Smart locks speak MQTT; meters come through OPC UA gateways. */
public enum DeviceKind {
    SMART_LOCK, WATER_METER, ELECTRICITY_METER, SMOKE_SENSOR, GATEWAY, CAMERA, OTHER
}
