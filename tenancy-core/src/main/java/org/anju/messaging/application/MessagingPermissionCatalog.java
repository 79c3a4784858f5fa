package org.anju.messaging.application;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/** The platform console's messaging permission (platform admins hold {@code platform:*}). */
@ApplicationScoped
public class MessagingPermissionCatalog implements PermissionContributor {

    /** See the outbox relay and the queues, pause and resume the relay. */
    public static final String PLATFORM_ADMIN = "platform:messaging:admin";

    @Override
    public List<PermissionDescriptor> permissions() {
        return List.of(new PermissionDescriptor(PLATFORM_ADMIN, "platform", Set.of(OrganizationKind.PLATFORM),
                "管理消息投递（暂停、恢复出站中继）", "Operate messaging (pause and resume the outbox relay)"));
    }
}
