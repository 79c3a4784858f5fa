package org.anju.devices.domain;

/**
 * A gateway client's state as the console shows it: CONNECTED (session and subscription in place), CONNECTING (first
 * connection or reconnecting after a loss), ERROR (the last attempt failed; retried), DISCONNECTED (disabled or not
 * running).
 */
public enum OpcUaConnectionState {
    CONNECTED, CONNECTING, DISCONNECTED, ERROR
}
