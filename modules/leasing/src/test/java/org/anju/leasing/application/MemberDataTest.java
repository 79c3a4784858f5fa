package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.Household;
import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.IdType;
import org.anju.leasing.domain.Relation;
import org.junit.jupiter.api.Test;

/**
 * R8.2.1: members' ID numbers and phones are checked, normalised, sealed under their own field, indexed for search and
 * shown masked; an emergency contact's number is masked however it is written.
 */
class MemberDataTest {

    private final MemberData data = new MemberData();

    {
        data.personalData = new FakePersonalData();
    }

    @Test
    void residentIdsAreCheckedWithTheirCheckDigit() {
        assertThat(MemberData.idProblem(IdType.RESIDENT_ID, MemberData.normalizeId("11010519491231002x"))).isNull();
        assertThat(MemberData.idProblem(IdType.RESIDENT_ID, "110105194912310021")).isEqualTo("leasing.validation.idNumber");
        assertThat(MemberData.idProblem(IdType.RESIDENT_ID, "")).isEqualTo("validation.required");
        assertThat(MemberData.idProblem(IdType.RESIDENT_ID, null)).isEqualTo("validation.required");
    }

    @Test
    void otherDocumentsAreCheckedForShapeOnly() {
        assertThat(MemberData.idProblem(IdType.PASSPORT, "E12345678")).isNull();
        assertThat(MemberData.idProblem(IdType.HK_MACAO_TAIWAN, "H1234567(8)")).isNull();
        assertThat(MemberData.idProblem(IdType.PASSPORT, "E12")).isEqualTo("leasing.validation.idNumber.other");
        assertThat(MemberData.idProblem(IdType.PASSPORT, "E123 456")).isEqualTo("leasing.validation.idNumber.other");
        assertThat(MemberData.idProblem(IdType.OTHER, "护照12345")).isEqualTo("leasing.validation.idNumber.other");
        // a resident ID number is not valid as a passport number only because of its shape: shape is all that counts
        assertThat(MemberData.idProblem(IdType.PASSPORT, "110105194912310021")).isNull();
    }

    @Test
    void phonesAreNormalisedAndChecked() {
        assertThat(MemberData.normalizePhone("+86 138 1234 5678")).isEqualTo("13812345678");
        assertThat(MemberData.normalizePhone(null)).isNull();
        assertThat(MemberData.mobile("13812345678")).isTrue();
        assertThat(MemberData.mobile("12812345678")).as("no 12x mobiles").isFalse();
        assertThat(MemberData.mobile("1381234567")).isFalse();
        assertThat(MemberData.mobile("0571-88886666")).isFalse();
        assertThat(MemberData.phone("0571-88886666")).as("a landline is a phone, not a mobile").isTrue();
        assertThat(MemberData.phone("01088886666")).isTrue();
        assertThat(MemberData.phone("88886666")).as("without area code").isFalse();
        assertThat(MemberData.phone((String) null)).isFalse();
        assertThat(MemberData.mobile(null)).isFalse();
    }

    private HouseholdMember member(String id, String phone) {
        Household h = new Household("H2026000001", new Household.Facts(EligibilityCategory.LOW_INCOME,
                new BigDecimal("2500.00"), null, false, false, false, null), Fixtures.T0);
        HouseholdMember m = new HouseholdMember(h, Fixtures.T0);
        m.describe(Relation.SELF, "张三", IdType.RESIDENT_ID, null, null, true, Fixtures.T0);
        m.sealIdNumber(data.sealId(id), Fixtures.T0);
        m.sealPhone(data.sealPhone(phone), Fixtures.T0);
        return m;
    }

    @Test
    void idNumbersAndPhonesAreSealedUnderTheirOwnFieldAndIndexed() {
        HouseholdMember m = member("11010519491231002X", "13812345678");
        assertThat(m.idNumberSealed()).isEqualTo("sealed:household_member.id_number:11010519491231002X");
        assertThat(m.idNumberIndex()).isEqualTo(data.idIndex("11010519491231002X"));
        assertThat(m.phoneSealed()).isEqualTo("sealed:household_member.phone:13812345678");
        assertThat(m.phoneIndex()).isEqualTo(data.phoneIndex("13812345678"));
        assertThat(data.idIndex("11010519491231002X")).isNotEqualTo(data.phoneIndex("11010519491231002X"));
    }

    @Test
    void theyOpenAndShowMasked() {
        HouseholdMember m = member("11010519491231002X", "13812345678");
        assertThat(data.idNumber(m)).isEqualTo("11010519491231002X");
        assertThat(data.phone(m)).isEqualTo("13812345678");
        assertThat(data.maskedId(m)).isEqualTo("1101**********002X");
        assertThat(data.maskedPhone(m)).isEqualTo("138****5678");
    }

    @Test
    void aMemberWithoutPhoneHasNone() {
        HouseholdMember m = member("11010519491231002X", null);
        assertThat(m.phoneSealed()).isNull();
        assertThat(data.phone(m)).isNull();
        assertThat(data.maskedPhone(m)).isNull();
    }

    @Test
    void aSealedPhoneNeverOpensAsAnIdNumber() {
        String phone = data.seal(MemberData.PHONE, "13812345678");
        assertThatThrownBy(() -> data.open(MemberData.ID_NUMBER, phone)).isInstanceOf(IllegalStateException.class);
        assertThat(data.open(MemberData.EMERGENCY, null)).isNull();
        assertThat(data.seal(MemberData.EMERGENCY, null)).isNull();
    }

    @Test
    void anEmergencyContactsNumberIsMaskedLikeAPhone() {
        assertThat(MemberData.maskContact("李四 13812345678")).isEqualTo("李四 138****5678");
        assertThat(MemberData.maskContact("李四（父亲）0571-88886666")).isEqualTo("李四（父亲）057*****6666");
        assertThat(MemberData.maskContact("李四")).isEqualTo("李四");
        assertThat(MemberData.maskContact("3号楼 2单元 李四")).as("short numbers are not phones").isEqualTo("3号楼 2单元 李四");
        assertThat(MemberData.maskContact(null)).isNull();
    }

    @Test
    void anEmergencyContactsNumberIsMaskedHoweverItIsGrouped() {
        assertThat(MemberData.maskContact("李四 138-1234-5678")).isEqualTo("李四 138****5678");
        assertThat(MemberData.maskContact("李四 138 1234 5678")).isEqualTo("李四 138****5678");
        assertThat(MemberData.maskContact("李四 138 1234 5678，王五 139-8765-4321"))
                .isEqualTo("李四 138****5678，王五 139****4321");
        assertThat(MemberData.maskContact("李四 8888666")).as("a local number").isEqualTo("李四 ***8666");
        for (String written : new String[] {"138-1234-5678", "138 1234 5678", "13812345678"}) {
            assertThat(MemberData.maskContact("李四 " + written)).doesNotContain("1234").doesNotContain("123-4");
        }
    }
}
