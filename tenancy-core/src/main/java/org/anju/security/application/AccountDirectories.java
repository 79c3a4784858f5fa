package org.anju.security.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.anju.security.api.AccountDirectory;
import org.anju.tenancy.api.TenantId;

/** Picks the {@link AccountDirectory} that keeps the accounts of a tenant. */
@ApplicationScoped
public class AccountDirectories {

    @Inject
    Instance<AccountDirectory> directories;

    public AccountDirectory of(TenantId tenant) {
        return directories.stream().filter(d -> d.serves(tenant)).findFirst()
                .orElseThrow(() -> new IllegalStateException("No account directory serves " + tenant));
    }
}
