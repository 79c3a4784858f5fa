package org.anju.leasing.application;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.leasing.domain.HouseholdMember;
import org.anju.leasing.domain.IdType;
import org.anju.privacy.api.IdNumbers;
import org.anju.privacy.api.Masks;
import org.anju.privacy.api.PersonalData;

/**
 * Seals, indexes, opens and masks members' identity numbers and phones (R8.2.1), and checks their shape. The field
 * names are bound into each seal, so a sealed phone can never be opened as an ID number.
 */
@ApplicationScoped
public class MemberData {

    static final String ID_NUMBER = "household_member.id_number";
    static final String PHONE = "household_member.phone";
    static final String EMERGENCY = "check_in.emergency_contact";
    static final String SIGNATURE = "lease_signature.signature";
    static final String PDF = "lease_signature.pdf";

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");
    private static final Pattern LANDLINE = Pattern.compile("0\\d{2,3}-?\\d{7,8}");
    private static final Pattern OTHER_ID = Pattern.compile("[A-Za-z0-9()\\-]{5,30}");
    /** Seven digits or more, however grouped by spaces or hyphens (138-1234-5678, 138 1234 5678). */
    private static final Pattern CONTACT_NUMBER = Pattern.compile("\\d(?:[ \\-]?\\d){6,}");

    @Inject
    PersonalData personalData;

    /** The form that is sealed and indexed: resident IDs upper-case, others trimmed and upper-case. */
    public static String normalizeId(String v) {
        return IdNumbers.normalize(v);
    }

    /** The message key of what is wrong with an ID number, or null. */
    public static String idProblem(IdType type, String normalized) {
        if (normalized == null || normalized.isEmpty()) {
            return "validation.required";
        }
        if (type == IdType.RESIDENT_ID) {
            return IdNumbers.valid(normalized) ? null : "leasing.validation.idNumber";
        }
        return OTHER_ID.matcher(normalized).matches() ? null : "leasing.validation.idNumber.other";
    }

    public static String normalizePhone(String v) {
        return v == null ? null : v.replace(" ", "").replace("+86", "").trim();
    }

    public static boolean mobile(String phone) {
        return phone != null && MOBILE.matcher(phone).matches();
    }

    public static boolean phone(String phone) {
        return phone != null && (MOBILE.matcher(phone).matches() || LANDLINE.matcher(phone).matches());
    }

    /** An emergency contact is a name and a phone: the number, however it is grouped, is masked like a phone. */
    static String maskContact(String contact) {
        if (contact == null) {
            return null;
        }
        Matcher m = CONTACT_NUMBER.matcher(contact);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Masks.phone(m.group().replaceAll("[ \\-]", ""))));
        }
        m.appendTail(out);
        return out.toString();
    }

    public HouseholdMember.Sealed sealId(String normalized) {
        return new HouseholdMember.Sealed(personalData.seal(ID_NUMBER, normalized), personalData.index(ID_NUMBER, normalized));
    }

    public String idIndex(String normalized) {
        return personalData.index(ID_NUMBER, normalized);
    }

    public HouseholdMember.Sealed sealPhone(String phone) {
        return phone == null ? null
                : new HouseholdMember.Sealed(personalData.seal(PHONE, phone), personalData.index(PHONE, phone));
    }

    public String phoneIndex(String phone) {
        return personalData.index(PHONE, phone);
    }

    public String idNumber(HouseholdMember m) {
        return personalData.open(ID_NUMBER, m.idNumberSealed());
    }

    public String phone(HouseholdMember m) {
        return m.phoneSealed() == null ? null : personalData.open(PHONE, m.phoneSealed());
    }

    public String maskedId(HouseholdMember m) {
        return Masks.idNumber(idNumber(m));
    }

    public String maskedPhone(HouseholdMember m) {
        String p = phone(m);
        return p == null ? null : Masks.phone(p);
    }

    public String seal(String field, String plain) {
        return plain == null ? null : personalData.seal(field, plain);
    }

    public String open(String field, String sealed) {
        return sealed == null ? null : personalData.open(field, sealed);
    }

    public int versionOf(String sealed) {
        return personalData.versionOf(sealed);
    }
}
