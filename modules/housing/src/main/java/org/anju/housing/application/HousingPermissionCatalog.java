package org.anju.housing.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.housing.api.HousingPermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The housing permissions, offered to operators only. */
@ApplicationScoped
public class HousingPermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> OPERATOR = Set.of(OrganizationKind.OPERATOR);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(HousingPermissions.PROJECT_READ, "project", OPERATOR, "查看项目", "View projects"),
                new PermissionDescriptor(HousingPermissions.PROJECT_WRITE, "project", OPERATOR, "管理项目、楼栋与服务窗口", "Manage projects, buildings and service windows"),
                new PermissionDescriptor(HousingPermissions.UNIT_READ, "unit", OPERATOR, "查看房源与房态", "View units and their status"),
                new PermissionDescriptor(HousingPermissions.UNIT_WRITE, "unit", OPERATOR, "管理房源", "Manage units"),
                new PermissionDescriptor(HousingPermissions.UNIT_STATUS, "unit", OPERATOR, "变更房态", "Change unit status"),
                new PermissionDescriptor(HousingPermissions.UNIT_IMPORT, "unit", OPERATOR, "导入房源", "Import housing stock"),
                new PermissionDescriptor(HousingPermissions.UNIT_EXPORT, "unit", OPERATOR, "导出房源", "Export housing stock"),
                new PermissionDescriptor(HousingPermissions.STAFF_READ, "staff", OPERATOR, "查看人员配置", "View the staff roster"),
                new PermissionDescriptor(HousingPermissions.STAFF_WRITE, "staff", OPERATOR, "管理人员配置", "Manage the staff roster"),
                new PermissionDescriptor(HousingPermissions.SETTINGS, "housing", OPERATOR, "房源管理设置", "Housing settings"));
    }
}
