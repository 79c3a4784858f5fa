package org.anju.simulator.lock;

/** Commands the platform sends to a lock. */
public enum CommandType {
    /** Add or replace a credential (idempotent by credentialId). */
    GRANT,
    /** Remove a credential; removing an absent one is OK (the platform may retry). */
    REVOKE,
    /** Open the door remotely now. */
    OPEN
}
