package org.anju.security.api;

import java.util.Set;

import org.anju.tenancy.api.OrganizationKind;

/**
 * One grantable permission (a Shiro wildcard string such as {@code user:create}), the group it is shown in, the
 * kinds of organization that may grant it, and its label in zh-CN and English.
 */
public record PermissionDescriptor(String permission, String group, Set<OrganizationKind> kinds,
                                   String labelZh, String labelEn) {
}
