package org.anju.tenancy.infrastructure;

import org.anju.tenancy.api.TenantContext;
import org.hibernate.context.spi.CurrentTenantIdentifierResolver;

/**
 * The tenant of a new Hibernate session is the tenant of the current thread; with none, opening the session fails
 * ({@link org.anju.tenancy.api.NoTenantException}): a query without a tenant never runs.
 */
public class ContextTenantIdentifierResolver implements CurrentTenantIdentifierResolver<String> {

    @Override
    public String resolveCurrentTenantIdentifier() {
        return TenantContext.require().schema();
    }

    @Override
    public boolean validateExistingCurrentSessions() {
        return true;
    }
}
