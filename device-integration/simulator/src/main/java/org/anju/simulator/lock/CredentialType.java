package org.anju.simulator.lock;

/** Credential kinds a lock stores; each opens the door by the {@link OpenMethod} of the same name. */
public enum CredentialType {
    PIN,
    CARD,
    FACE,
    FINGERPRINT,
    APP;

    public OpenMethod method() {
        return OpenMethod.valueOf(name());
    }
}
