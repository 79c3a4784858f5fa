package org.anju.simulator.lock;

/** The topic scheme of docs/api/devices-protocol.md: one subtree per organization and device. */
public final class Topics {

    private Topics() {
    }

    public static String event(String org, String deviceId) {
        return "anju/" + org + "/lock/" + deviceId + "/event";
    }

    public static String command(String org, String deviceId) {
        return "anju/" + org + "/lock/" + deviceId + "/cmd";
    }

    public static String ack(String org, String deviceId) {
        return "anju/" + org + "/lock/" + deviceId + "/ack";
    }

    /** What the platform subscribes to for all locks of one organization, e.g. {@code anju/demo/lock/+/event}. */
    public static String allEvents(String org) {
        return "anju/" + org + "/lock/+/event";
    }

    public static String allAcks(String org) {
        return "anju/" + org + "/lock/+/ack";
    }
}
