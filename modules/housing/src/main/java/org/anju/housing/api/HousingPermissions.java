package org.anju.housing.api;

/** Permissions of the housing capability (operators only). */
public final class HousingPermissions {

    public static final String PROJECT_READ = "project:read";
    public static final String PROJECT_WRITE = "project:write";
    public static final String UNIT_READ = "unit:read";
    public static final String UNIT_WRITE = "unit:write";
    public static final String UNIT_STATUS = "unit:status";
    public static final String UNIT_IMPORT = "unit:import";
    public static final String UNIT_EXPORT = "unit:export";
    public static final String STAFF_READ = "staff:read";
    public static final String STAFF_WRITE = "staff:write";
    public static final String SETTINGS = "housing:settings";

    private HousingPermissions() {
    }
}
