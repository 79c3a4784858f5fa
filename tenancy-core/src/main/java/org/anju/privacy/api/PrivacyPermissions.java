package org.anju.privacy.api;

/** Permissions around personal data. */
public final class PrivacyPermissions {

    /** See personal data in clear (each read is logged with its purpose). */
    public static final String READ = "pii:read";
    /** Read the log of unmasked reads. */
    public static final String AUDIT = "pii:audit";
    /** Rotate the organization's data key. */
    public static final String ADMIN = "pii:admin";

    private PrivacyPermissions() {
    }
}
