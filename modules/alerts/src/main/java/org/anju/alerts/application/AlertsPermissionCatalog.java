package org.anju.alerts.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.alerts.api.AlertPermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The alerts permissions, offered to operators only (the authority's console comes with supervision). */
@ApplicationScoped
public class AlertsPermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> OPERATOR = Set.of(OrganizationKind.OPERATOR);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(AlertPermissions.READ, "alert", OPERATOR, "查看预警、证据与风险指标", "View alerts, evidence and risk indicators"),
                new PermissionDescriptor(AlertPermissions.HANDLE, "alert", OPERATOR, "处置预警（确认、派发入户核查、办结、忽略）", "Handle alerts (acknowledge, dispatch a home visit, resolve, dismiss)"),
                new PermissionDescriptor(AlertPermissions.ADMIN, "alert", OPERATOR, "预警规则阈值、升级时限与通知路由，立即评估", "Alert thresholds, escalation schedule, routing; run evaluation"));
    }
}
