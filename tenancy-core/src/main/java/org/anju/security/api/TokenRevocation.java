package org.anju.security.api;

/** Ends the sessions of an account (after it is disabled or its password is reset). Call outside any transaction. */
public interface TokenRevocation {

    int revokeAll(String organizationCode, long subjectId);
}
