package org.anju.privacy.api;

/**
 * Seals sensitive fields of the current organization (ID numbers, phones, bank accounts, biometric references) and
 * opens them again. A sealed value names its key version, so values sealed before a key rotation still open. Call
 * inside the organization's tenant scope.
 */
public interface PersonalData {

    /** The sealed form of {@code plain} for {@code field} (the field name is bound into the seal: values cannot be swapped). */
    String seal(String field, String plain);

    /** The plain value; throws if the seal was tampered with or belongs to another field or organization. */
    String open(String field, String sealed);

    /** A keyed, deterministic digest for exact-match search of a normalized value (the blind index). */
    String index(String field, String normalized);

    /** The key version a sealed value was made with (to find values to re-seal after a rotation). */
    int versionOf(String sealed);

    /** The version new seals use. */
    int currentVersion();
}
