package org.anju.security.api;

/** Whether an account may sign in. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
