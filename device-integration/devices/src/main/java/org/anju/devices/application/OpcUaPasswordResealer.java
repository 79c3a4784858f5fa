package org.anju.devices.application;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.devices.domain.OpcUaEndpoint;
import org.anju.devices.infrastructure.OpcUaStore;
import org.anju.kernel.api.Transactions;
import org.anju.privacy.api.PersonalData;
import org.anju.privacy.api.PiiResealer;

/** After a key rotation, gateway passwords sealed with an older key are sealed again with the current one. */
@ApplicationScoped
public class OpcUaPasswordResealer implements PiiResealer {

    @Inject
    OpcUaStore store;

    @Inject
    PersonalData sealing;

    @Inject
    Transactions transactions;

    @Override
    public int reseal(int version) {
        return transactions.inNew(() -> {
            int n = 0;
            List<OpcUaEndpoint> all = store.endpoints(null, null, null);
            for (OpcUaEndpoint e : all) {
                if (e.passwordSealed() != null && sealing.versionOf(e.passwordSealed()) != version) {
                    e.resealPassword(sealing.seal(OpcUaEndpoints.PASSWORD_FIELD,
                            sealing.open(OpcUaEndpoints.PASSWORD_FIELD, e.passwordSealed())));
                    n++;
                }
            }
            return n;
        });
    }
}
