package org.anju.kernel.api;

import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Runs work in a JTA transaction of its own. Used where one use case spans tenants (provisioning: registry, then
 * the new schema, then the registry again): enter the tenant with {@code TenantScope} first, then the transaction,
 * so that the persistence context opens on the right schema.
 */
@ApplicationScoped
public class Transactions {

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public <T> T inNew(Supplier<T> work) {
        return work.get();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void runInNew(Runnable work) {
        work.run();
    }
}
