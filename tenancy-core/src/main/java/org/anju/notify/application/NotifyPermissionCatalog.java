package org.anju.notify.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The SMS log permission. */
@ApplicationScoped
public class NotifyPermissionCatalog implements PermissionContributor {

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(new PermissionDescriptor("sms:read", "sms", Set.of(OrganizationKind.OPERATOR, OrganizationKind.AUTHORITY),
                "查看短信发送记录", "Read the SMS log"));
    }
}
