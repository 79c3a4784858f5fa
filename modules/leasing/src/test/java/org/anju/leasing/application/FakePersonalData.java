package org.anju.leasing.application;

import org.anju.privacy.api.PersonalData;

/**
 * Seals reversibly and visibly ({@code sealed:<field>:<value>}) and, like the real one, refuses to open a value as
 * another field than the one it was sealed for.
 */
final class FakePersonalData implements PersonalData {

    @Override
    public String seal(String field, String plain) {
        return plain == null ? null : "sealed:" + field + ":" + plain;
    }

    @Override
    public String open(String field, String sealed) {
        if (sealed == null) {
            return null;
        }
        String prefix = "sealed:" + field + ":";
        if (!sealed.startsWith(prefix)) {
            throw new IllegalStateException("a sealed value does not open (tampered, or another field's)");
        }
        return sealed.substring(prefix.length());
    }

    @Override
    public String index(String field, String normalized) {
        return normalized == null ? null : "index:" + field + ":" + normalized;
    }

    @Override
    public int versionOf(String sealed) {
        return 1;
    }

    @Override
    public int currentVersion() {
        return 1;
    }
}
