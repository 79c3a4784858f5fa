package org.anju.devices.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.devices.infrastructure.KeysStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.leasing.api.LeaseDirectory;
import org.anju.security.api.CurrentPrincipal;

/** The resident's side of keys: always the signed-in resident's own household, never an id from the request. */
@ApplicationScoped
@Transactional
public class ResidentKeys {

    /**
     * What the phone's 门锁 page shows; {@code visitorCodeMaxHours} is the operator's limit on a visitor code's window,
     * so that the page bounds its picker instead of learning the limit from a refusal.
     */
    public record MyKeys(List<DeviceViews.CredentialView> credentials, List<DeviceViews.CredentialView> visitorCodes,
                         boolean remoteOpen, int visitorCodeMaxHours) {
    }

    @Inject
    LeaseDirectory leases;

    @Inject
    KeysStore store;

    @Inject
    LockAdministration admin;

    @Inject
    DeviceQueries queries;

    long household() {
        return leases.householdOfUser(CurrentPrincipal.require().subjectId())
                .orElseThrow(() -> ProblemException.notFound("household-not-found", "-"));
    }

    LeaseDirectory.BillingTerms lease(long household) {
        return leases.liveLeaseOfHousehold(household).orElseThrow(() -> new ProblemException(409, "no-live-lease"));
    }

    public MyKeys mine() {
        long h = household();
        List<DeviceViews.CredentialView> residents = store.ofHousehold(h, "RESIDENT").stream().map(DeviceQueries::view).toList();
        List<DeviceViews.CredentialView> visitors = store.ofHousehold(h, "VISITOR").stream().map(DeviceQueries::view).toList();
        KeysStore.Settings settings = store.settings();
        return new MyKeys(residents, visitors, "STAFF_AND_RESIDENT".equals(settings.remoteOpen()),
                settings.visitorCodeMaxHours());
    }

    public DeviceViews.VisitorCodeView visitorCode(DeviceCommands.VisitorCodeInput in) {
        return admin.visitorCode(household(), in);
    }

    public DeviceViews.CredentialView revoke(long id) {
        return admin.revokeVisitor(household(), id);
    }

    public Page<DeviceViews.AccessRecordView> access(PageRequest page) {
        LeaseDirectory.BillingTerms l = lease(household());
        return queries.access(new DeviceQueries.AccessFilter(l.unitId(), null, null, null, null, null, null), page);
    }

    public DeviceViews.CommandView open(String reason) {
        return admin.openHome(lease(household()).unitId(), reason);
    }
}
