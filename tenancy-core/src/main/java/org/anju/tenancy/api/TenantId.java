package org.anju.tenancy.api;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One isolated data partition: one PostgreSQL schema (P1). {@code platform} is the registry schema;
 * {@code org_<code>} is the schema of one operator or authority.
 *
 * <p>The value is used as a JDBC schema name, so it is validated here, once, against a closed pattern:
 * nothing that reaches {@code Connection.setSchema} can carry SQL.
 */
public record TenantId(String schema) {

    /** Organization codes: a lower-case letter, then 1..30 lower-case letters, digits or underscores. */
    public static final Pattern ORGANIZATION_CODE = Pattern.compile("[a-z][a-z0-9_]{1,30}");
    private static final Pattern SCHEMA = Pattern.compile("platform|org_[a-z][a-z0-9_]{1,30}");

    /** The registry schema: organizations, platform admins, tokens, migration state. */
    public static final TenantId PLATFORM = new TenantId("platform");

    /** The pseudo organization code platform admins sign in with. */
    public static final String PLATFORM_CODE = "platform";

    public TenantId {
        Objects.requireNonNull(schema, "schema");
        if (!SCHEMA.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a tenant schema: " + schema);
        }
    }

    /** The tenant of an organization code ({@code demo} → {@code org_demo}); {@code platform} maps to the registry. */
    public static TenantId ofOrganization(String code) {
        if (PLATFORM_CODE.equals(code)) {
            return PLATFORM;
        }
        if (code == null || !ORGANIZATION_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("not an organization code: " + code);
        }
        return new TenantId("org_" + code);
    }

    public static boolean isValidOrganizationCode(String code) {
        return code != null && !PLATFORM_CODE.equals(code) && ORGANIZATION_CODE.matcher(code).matches();
    }

    public boolean isPlatform() {
        return this.equals(PLATFORM);
    }

    /** The organization code of this tenant ({@code org_demo} → {@code demo}). */
    public String organizationCode() {
        return isPlatform() ? PLATFORM_CODE : schema.substring(4);
    }

    @Override
    public String toString() {
        return schema;
    }
}
