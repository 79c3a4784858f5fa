package org.anju.security.application;

import java.util.Comparator;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.anju.security.api.PermissionCatalogue;
import org.anju.security.api.PermissionContributor;
import org.anju.security.api.PermissionDescriptor;
import org.anju.tenancy.api.OrganizationKind;

/**
 * Every permission the capabilities declare. A role of an organization may grant only what the catalogue offers to
 * that organization's kind, or {@code group:*} over a group it offers: nobody outside the platform can be given
 * {@code *} or a {@code platform:} permission.
 */
@ApplicationScoped
public class PermissionCatalog implements PermissionCatalogue {

    @Inject
    Instance<PermissionContributor> contributors;

    public List<PermissionDescriptor> all() {
        return contributors.stream().flatMap(c -> c.permissions().stream())
                .sorted(Comparator.comparing(PermissionDescriptor::group).thenComparing(PermissionDescriptor::permission))
                .toList();
    }

    @Override
    public List<PermissionDescriptor> forKind(OrganizationKind kind) {
        return all().stream().filter(d -> d.kinds().contains(kind)).toList();
    }

    /**
     * What a role's stored permissions grant in an organization of {@code kind}: only what the catalogue offers that
     * kind (a built-in role seeded into every schema cannot give an authority an operator's write permissions).
     */
    public java.util.Set<String> effective(OrganizationKind kind, java.util.Set<String> stored) {
        if (kind == OrganizationKind.PLATFORM) {
            return stored;
        }
        List<PermissionDescriptor> offered = forKind(kind);
        return stored.stream().filter(p -> PermissionCatalogue.grantable(p, offered))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    @Override
    public boolean grantable(String permission, OrganizationKind kind) {
        return PermissionCatalogue.grantable(permission, forKind(kind));
    }
}
