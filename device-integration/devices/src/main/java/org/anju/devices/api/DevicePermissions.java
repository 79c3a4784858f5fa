package org.anju.devices.api;

/** Permission names of the devices capability (Shiro wildcard strings; roles are data). */
public final class DevicePermissions {

    /** See the registry and each device's state. */
    public static final String READ = "device:read";
    /** Register and edit devices, issue device secrets. */
    public static final String WRITE = "device:write";
    /** Approve or reject a device's registration (备案审核). */
    public static final String APPROVE = "device:approve";
    /** Grant and revoke lock credentials by hand, see the key log. */
    public static final String CREDENTIAL = "lock:credential";
    /** Open a door remotely (audited; the operator's policy decides who may). */
    public static final String OPEN = "lock:open";
    /** Read access records (出入记录): who entered which unit when. */
    public static final String ACCESS_READ = "access:read";
    /** Device settings of the operator (remote-open policy, arrears policy, command timing). */
    public static final String ADMIN = "device:admin";
    /** A resident: the household's keys, visitor codes and door records. */
    public static final String RESIDENT = "resident:keys";

    private DevicePermissions() {
    }
}
