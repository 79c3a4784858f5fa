package org.anju.tenancy.api;

import java.util.List;
import java.util.Optional;

/**
 * Read access to the registry for every module: a cache in front of the {@code platform} schema, so that routing
 * a request never opens a platform transaction. Writes go through provisioning, which refreshes the cache.
 */
public interface OrganizationDirectory {

    Optional<OrganizationRef> byCode(String code);

    /** The organization a host name belongs to: {@code <code>.<base domain>} or a custom domain. */
    Optional<OrganizationRef> byHost(String host);

    /** Operators whose served divisions fall inside the authority's jurisdiction (P6). */
    List<OrganizationRef> operatorsSupervisedBy(String authorityCode);

    /** Every operator whose requests can be served now (for scheduled jobs that fan out, bounded, over operators). */
    List<OrganizationRef> availableOperators();

    /** Drops cached entries; the next lookup reads the registry again. */
    void refresh();
}
