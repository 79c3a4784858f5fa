package org.anju.privacy.api;

/**
 * A capability that keeps sealed fields implements this (CDI bean): after a key rotation it re-seals its values still
 * sealed with an older version. Called in the organization's tenant scope, outside any transaction.
 */
public interface PiiResealer {

    /** Re-seals what is not yet at {@code version}; returns how many values were re-sealed. */
    int reseal(int version);
}
