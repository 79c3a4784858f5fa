package org.anju.simulator.lock;

/** What a lock reports on its event topic (docs/api/devices-protocol.md). */
public enum EventType {
    DOOR_OPENED,
    TAMPER,
    LOW_BATTERY,
    /** Sent by the broker as the lock's MQTT will when its connection drops without a DISCONNECT. */
    OFFLINE,
    HEARTBEAT
}
