package org.anju.alerts.api;

/** Permission names of the alerts capability (Shiro wildcard strings; roles are data). */
public final class AlertPermissions {

    /** See alerts, their evidence and history, the risk indicators; export the list. */
    public static final String READ = "alert:read";
    /** Acknowledge, dispatch a home visit, resolve with its finding, dismiss with a reason. */
    public static final String HANDLE = "alert:handle";
    /** Thresholds, escalation schedule, routing; run the evaluation now. */
    public static final String ADMIN = "alert:admin";

    private AlertPermissions() {
    }
}
