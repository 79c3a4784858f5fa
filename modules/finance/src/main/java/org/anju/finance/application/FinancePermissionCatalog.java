package org.anju.finance.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.finance.api.FinancePermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The finance permissions, offered to operators only. */
@ApplicationScoped
public class FinancePermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> OPERATOR = Set.of(OrganizationKind.OPERATOR);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(FinancePermissions.READ, "finance", OPERATOR, "查看账单、收款与台账", "View bills, payments and the ledger"),
                new PermissionDescriptor(FinancePermissions.WRITE, "finance", OPERATOR, "维护租金标准、发起调租、出账", "Rent standards, propose rent changes, billing runs"),
                new PermissionDescriptor(FinancePermissions.APPROVE, "finance", OPERATOR, "审批租金调整", "Approve rent adjustments"),
                new PermissionDescriptor(FinancePermissions.COLLECT, "payment", OPERATOR, "柜台收款", "Take counter payments"),
                new PermissionDescriptor(FinancePermissions.ADMIN, "finance", OPERATOR, "财务设置", "Finance settings"),
                new PermissionDescriptor(FinancePermissions.RESIDENT, "resident", OPERATOR, "居民：我的账单与缴费", "Resident: own bills and payments"));
    }
}
