package org.anju.security.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.anju.tenancy.api.OrganizationKind;
import org.junit.jupiter.api.Test;

/** Roles grant only catalogue permissions: never "*", never another kind's (platform) permissions. */
class PermissionCatalogueTest {

    private final List<PermissionDescriptor> offered = List.of(
            new PermissionDescriptor("user:read", "user", Set.of(OrganizationKind.OPERATOR), "查看用户", "View users"),
            new PermissionDescriptor("user:create", "user", Set.of(OrganizationKind.OPERATOR), "新建用户", "Create users"));

    @Test
    void exactAndGroupWildcards() {
        assertThat(PermissionCatalogue.grantable("user:read", offered)).isTrue();
        assertThat(PermissionCatalogue.grantable("user:*", offered)).isTrue();
    }

    @Test
    void nothingOutsideTheCatalogue() {
        assertThat(PermissionCatalogue.grantable("*", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable("*:*", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable(":*", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable("platform:*", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable("platform:organization:create", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable("user:delete", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable("", offered)).isFalse();
        assertThat(PermissionCatalogue.grantable(null, offered)).isFalse();
    }
}
