package org.anju.leasing.application;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditReason;
import org.anju.leasing.domain.CheckIn;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.LeaseSignature;
import org.anju.leasing.infrastructure.LeasingStore;
import org.anju.privacy.api.PiiResealer;

/**
 * After a key rotation, re-seals leasing's sealed values still under an older key version: members' ID numbers and
 * phones, emergency contacts, signatures and signed PDFs. The values do not change, only their seals.
 */
@ApplicationScoped
public class LeasingResealer implements PiiResealer {

    @Inject
    LeasingStore store;

    @Inject
    MemberData data;

    @Override
    @Transactional
    public int reseal(int version) {
        AuditReason.set("数据密钥轮换后重新加密");
        int n = 0;
        Instant now = Instant.now();
        for (HouseholdMember m : store.allMembers()) {
            if (data.versionOf(m.idNumberSealed()) != version) {
                m.sealIdNumber(new HouseholdMember.Sealed(data.seal(MemberData.ID_NUMBER, data.idNumber(m)),
                        m.idNumberIndex()), now);
                n++;
            }
            if (m.phoneSealed() != null && data.versionOf(m.phoneSealed()) != version) {
                m.sealPhone(new HouseholdMember.Sealed(data.seal(MemberData.PHONE, data.phone(m)), m.phoneIndex()), now);
                n++;
            }
        }
        for (CheckIn c : store.allCheckIns()) {
            if (c.emergencyContact() != null && data.versionOf(c.emergencyContact()) != version) {
                c.resealEmergencyContact(data.seal(MemberData.EMERGENCY, data.open(MemberData.EMERGENCY, c.emergencyContact())));
                n++;
            }
        }
        for (LeaseSignature s : store.allSignatures()) {
            if (data.versionOf(s.pdfSealed()) != version || data.versionOf(s.signatureSealed()) != version) {
                s.reseal(data.seal(MemberData.SIGNATURE, data.open(MemberData.SIGNATURE, s.signatureSealed())),
                        data.seal(MemberData.PDF, data.open(MemberData.PDF, s.pdfSealed())));
                n++;
            }
        }
        return n;
    }
}
