package org.anju.leasing.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.leasing.api.LeasingPermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The leasing permissions, offered to operators only. */
@ApplicationScoped
public class LeasingPermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> OPERATOR = Set.of(OrganizationKind.OPERATOR);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(LeasingPermissions.HOUSEHOLD_READ, "household", OPERATOR, "查看承租家庭", "View households"),
                new PermissionDescriptor(LeasingPermissions.HOUSEHOLD_WRITE, "household", OPERATOR, "管理承租家庭与居民账号", "Manage households and residents' accounts"),
                new PermissionDescriptor(LeasingPermissions.LEASE_READ, "lease", OPERATOR, "查看租赁合同", "View leases"),
                new PermissionDescriptor(LeasingPermissions.LEASE_WRITE, "lease", OPERATOR, "起草合同、办理入住", "Draft leases, check households in"),
                new PermissionDescriptor(LeasingPermissions.LEASE_APPROVE, "lease", OPERATOR, "审批租赁合同", "Approve leases"),
                new PermissionDescriptor(LeasingPermissions.LEASE_TERMINATE, "lease", OPERATOR, "终止合同、办理退租", "Terminate leases, move households out"),
                new PermissionDescriptor(LeasingPermissions.LEASE_ADMIN, "lease", OPERATOR, "管理合同模板、合同类型、费用项目与提醒", "Manage templates, lease types, fee items and reminders"),
                new PermissionDescriptor(LeasingPermissions.ALLOCATION_IMPORT, "allocation", OPERATOR, "导入配租结果", "Import allocation results"),
                new PermissionDescriptor(LeasingPermissions.APPLICATION_DECIDE, "application", OPERATOR, "处理居民申请", "Decide residents' applications"),
                new PermissionDescriptor(LeasingPermissions.REVIEW_MANAGE, "review", OPERATOR, "组织资格复审", "Run eligibility reviews"),
                new PermissionDescriptor(LeasingPermissions.RESIDENT, "resident", OPERATOR, "居民：我的家庭、合同、签约与申请", "Resident: own household, leases, signing and applications"));
    }
}
