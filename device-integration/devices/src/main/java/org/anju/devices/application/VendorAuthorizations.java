package org.anju.devices.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.devices.domain.VendorAccount;
import org.anju.devices.domain.VendorAuthorization;
import org.anju.devices.domain.VendorAuthorizationEvent;
import org.anju.devices.infrastructure.VendorStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.TenantContext;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;

/**
 * An operator's side of vendors: the catalogue, authorising a vendor for the organization and withdrawing it, and the
 * log of both. Authorisations live in schema {@code platform} (the vendor API checks them before it enters any
 * tenant), so each use case enters the platform tenant in a transaction of its own; the organization is always the
 * caller's, taken from the tenant scope the bearer token opened, never from the request.
 */
@ApplicationScoped
public class VendorAuthorizations {

    @Inject
    VendorStore store;

    @Inject
    Transactions transactions;

    public Page<VendorViews.CatalogueEntry> catalogue(String q, Boolean authorized, PageRequest page) {
        String org = organization();
        Page<Found> rows = onPlatform(() -> {
            Page<VendorAccount> vendors = store.vendors(q, null, org, authorized, page);
            Map<Long, VendorAuthorization> mine = store.authorizationsOfOrganization(org,
                    vendors.items().stream().map(VendorAccount::id).toList());
            return vendors.map(v -> new Found(v, mine.get(v.id())));
        });
        Map<String, Long> devices = transactions.inNew(() ->
                store.deviceCounts(rows.items().stream().map(r -> r.vendor().code()).toList()));
        return rows.map(r -> entry(r.vendor(), r.authorization(), devices.getOrDefault(r.vendor().code(), 0L)));
    }

    public VendorViews.CatalogueEntry get(String code) {
        String org = organization();
        return entryWithDevices(onPlatform(() -> {
            VendorAccount v = vendor(code);
            return new Found(v, store.authorization(v.id(), org).orElse(null));
        }));
    }

    /** Authorises the vendor for the caller's organization; repeating it changes nothing and logs nothing. */
    public VendorViews.CatalogueEntry authorize(String code, String note) {
        String org = organization();
        String actor = TenantContext.actor();
        Found done = onPlatformRetryingOnce(() -> {
            VendorAccount v = vendor(code);
            if (!v.active()) {
                throw ProblemException.conflict("vendor-suspended", v.code());
            }
            Instant now = Instant.now();
            VendorAuthorization a = store.authorization(v.id(), org).orElse(null);
            boolean changed;
            if (a == null) {
                a = store.add(new VendorAuthorization(v.id(), org, actor, blank(note), now));
                changed = true;
            } else {
                changed = a.authorize(actor, blank(note), now);
            }
            if (changed) {
                store.add(new VendorAuthorizationEvent(v.id(), v.code(), org, VendorAuthorizationEvent.Action.AUTHORIZED,
                        actor, blank(note), now));
            }
            store.em().flush();
            return new Found(v, a);
        });
        return entryWithDevices(done);
    }

    /** Withdraws the authorisation: the vendor's next call for this organization is refused. */
    public VendorViews.CatalogueEntry withdraw(String code) {
        String org = organization();
        String actor = TenantContext.actor();
        Found done = onPlatform(() -> {
            VendorAccount v = vendor(code);
            VendorAuthorization a = store.authorization(v.id(), org).orElse(null);
            Instant now = Instant.now();
            if (a != null && a.withdraw(actor, now)) {
                store.add(new VendorAuthorizationEvent(v.id(), v.code(), org, VendorAuthorizationEvent.Action.WITHDRAWN,
                        actor, null, now));
                store.em().flush();
            }
            return new Found(v, a);
        });
        return entryWithDevices(done);
    }

    public Page<VendorViews.LogEntry> log(String vendorCode, PageRequest page) {
        String org = organization();
        return onPlatform(() -> store.log(org, blank(vendorCode), page).map(e -> new VendorViews.LogEntry(e.id(),
                e.vendorCode(), e.action().name(), e.actor(), e.occurredAt(), e.note())));
    }

    /** A vendor and the caller's authorisation row of it (null: never authorised). */
    private record Found(VendorAccount vendor, VendorAuthorization authorization) {
    }

    private VendorViews.CatalogueEntry entryWithDevices(Found f) {
        String code = f.vendor().code();
        long devices = transactions.inNew(() -> store.deviceCounts(List.of(code)).getOrDefault(code, 0L));
        return entry(f.vendor(), f.authorization(), devices);
    }

    private static VendorViews.CatalogueEntry entry(VendorAccount v, VendorAuthorization a, long devices) {
        return new VendorViews.CatalogueEntry(v.code(), v.name(), v.contactName(), v.contactPhone(), v.contactEmail(),
                v.status().name(), a != null && a.authorized(), a == null ? null : a.authorizedAt(),
                a == null ? null : a.authorizedBy(), a == null ? null : a.withdrawnAt(),
                a == null ? null : a.withdrawnBy(), devices);
    }

    private VendorAccount vendor(String code) {
        return store.vendor(code).orElseThrow(() -> ProblemException.notFound("vendor-not-found", code));
    }

    /** The caller's organization: an operator's tenant, never the platform's. */
    private static String organization() {
        TenantId tenant = TenantContext.require();
        if (tenant.isPlatform()) {
            throw new ProblemException(403, "vendor-operator-only");
        }
        return tenant.organizationCode();
    }

    /** Work on the registry: the platform tenant, in a transaction of its own (one tenant per transaction). */
    private <T> T onPlatform(java.util.function.Supplier<T> work) {
        return TenantScope.call(TenantId.PLATFORM, TenantContext.actor(), () -> transactions.inNew(work));
    }

    /**
     * The same, tried again once when the first attempt lost a race: two admins authorising at the same moment both
     * insert the row, the unique key refuses the second, and its second attempt finds the row and changes nothing.
     */
    private <T> T onPlatformRetryingOnce(java.util.function.Supplier<T> work) {
        try {
            return onPlatform(work);
        } catch (jakarta.persistence.PersistenceException e) {
            return onPlatform(work);
        }
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
