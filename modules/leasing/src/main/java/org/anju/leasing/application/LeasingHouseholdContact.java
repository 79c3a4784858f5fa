package org.anju.leasing.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.leasing.api.HouseholdContact;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.notify.api.Sms;

/** {@link HouseholdContact} through the SMS channel, to the applicant's sealed phone. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LeasingHouseholdContact implements HouseholdContact {

    @Inject
    LeasingStore store;

    @Inject
    MemberData data;

    @Inject
    Sms sms;

    @Override
    public boolean sms(long householdId, String purpose, String body) {
        HouseholdMember applicant = store.household(householdId).flatMap(h -> h.applicant()).orElse(null);
        if (applicant == null) {
            return false;
        }
        String phone = data.phone(applicant);
        if (phone == null || !MemberData.mobile(phone)) {
            return false;
        }
        sms.send(phone, purpose, body);
        return true;
    }
}
