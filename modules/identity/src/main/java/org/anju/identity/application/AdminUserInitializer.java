package org.anju.identity.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.identity.api.IdentityPermissions;
import org.anju.identity.domain.Role;
import org.anju.identity.domain.StaffUser;
import org.anju.identity.infrastructure.IdentityStore;
import org.anju.security.api.PasswordHasher;
import org.anju.tenancy.api.NewOrganization;
import org.anju.tenancy.api.OrganizationInitializer;

/** Provisioning: the new organization's first administrator, holding the built-in {@code org_admin} role. */
@ApplicationScoped
public class AdminUserInitializer implements OrganizationInitializer {

    @Inject
    IdentityStore store;

    @Inject
    PasswordHasher hasher;

    @Override
    public int order() {
        return 10;
    }

    @Override
    public void initialize(NewOrganization organization) {
        Role admin = store.roleByCode(IdentityPermissions.ADMIN_ROLE)
                .orElseThrow(() -> new IllegalStateException("the tenant changelog did not create role org_admin"));
        store.add(new StaffUser(organization.adminUsername(), organization.adminDisplayName(), null,
                hasher.hash(organization.adminPassword()), java.util.List.of(admin), Instant.now()));
    }
}
