package org.anju.devices.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.devices.api.OpcUaPermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The building-system permissions, offered to operators only. */
@ApplicationScoped
public class OpcUaPermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> OPERATOR = Set.of(OrganizationKind.OPERATOR);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(OpcUaPermissions.READ, "opcua", OPERATOR, "查看楼宇系统网关、点位映射、水电读数与能耗",
                        "View building-system gateways, node maps, meter readings and consumption"),
                new PermissionDescriptor(OpcUaPermissions.ADMIN, "opcua", OPERATOR, "配置楼宇系统网关与点位映射",
                        "Configure building-system gateways and node maps"));
    }
}
