package org.anju.devices.domain;

/** Message security mode of the session: NONE only with policy NONE, and never NONE with a real policy. */
public enum OpcUaSecurityMode {
    NONE, SIGN, SIGN_AND_ENCRYPT;

    public boolean fits(OpcUaSecurityPolicy policy) {
        return (policy == OpcUaSecurityPolicy.NONE) == (this == NONE);
    }
}
