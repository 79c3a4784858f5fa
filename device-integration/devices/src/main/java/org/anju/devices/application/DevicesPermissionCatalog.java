package org.anju.devices.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.devices.api.DevicePermissions;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The devices permissions, offered to operators only. */
@ApplicationScoped
public class DevicesPermissionCatalog implements PermissionContributor {

    private static final Set<OrganizationKind> OPERATOR = Set.of(OrganizationKind.OPERATOR);

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(
                new PermissionDescriptor(DevicePermissions.READ, "device", OPERATOR, "查看设备台账与状态", "View the device registry and state"),
                new PermissionDescriptor(DevicePermissions.WRITE, "device", OPERATOR, "设备备案登记、签发设备密钥", "Register devices, issue device secrets"),
                new PermissionDescriptor(DevicePermissions.APPROVE, "device", OPERATOR, "审核设备备案", "Approve device registrations"),
                new PermissionDescriptor(DevicePermissions.ADMIN, "device", OPERATOR, "设备设置（远程开门、欠费策略、指令时限）", "Device settings (remote open, arrears, command timing)"),
                new PermissionDescriptor(DevicePermissions.CREDENTIAL, "lock", OPERATOR, "门锁授权与撤销、钥匙记录", "Grant and revoke lock credentials, key log"),
                new PermissionDescriptor(DevicePermissions.OPEN, "lock", OPERATOR, "远程开门", "Open doors remotely"),
                new PermissionDescriptor(DevicePermissions.ACCESS_READ, "access", OPERATOR, "查看出入记录", "Read access records"),
                new PermissionDescriptor(DevicePermissions.RESIDENT, "resident", OPERATOR, "居民：我家门锁、访客码与出入记录", "Resident: own keys, visitor codes and door records"));
    }
}
