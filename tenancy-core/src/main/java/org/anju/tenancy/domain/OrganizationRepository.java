package org.anju.tenancy.domain;

import java.util.List;
import java.util.Optional;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;

/** The registry's organizations; every method needs the {@code platform} tenant in scope. */
public interface OrganizationRepository {

    Optional<Organization> findByCode(String code);

    Optional<Organization> findByCustomDomain(String domain);

    List<Organization> findAll();

    Page<Organization> search(String text, OrganizationKind kind, OrganizationStatus status, PageRequest page);

    Organization add(Organization organization);

    void remove(Organization organization);

    Optional<TenantSchemaState> schemaState(String schemaName);

    List<TenantSchemaState> schemaStates();
}
