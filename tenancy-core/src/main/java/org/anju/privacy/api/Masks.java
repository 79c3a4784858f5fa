package org.anju.privacy.api;

/**
 * How personal data is shown to whoever lacks {@code pii:read}: enough to recognise, not enough to use.
 * {@code 330106199001011234} → {@code 3301**********1234}; {@code 13812345678} → {@code 138****5678};
 * {@code 6222020200112233445} → {@code 6222 **** **** 3445}; {@code 张三丰} → {@code 张*丰}.
 */
public final class Masks {

    private Masks() {
    }

    public static String idNumber(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        if (v.length() <= 8) {
            return v.charAt(0) + "*".repeat(v.length() - 1);
        }
        return v.substring(0, 4) + "*".repeat(v.length() - 8) + v.substring(v.length() - 4);
    }

    public static String phone(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        if (v.length() < 7) {
            return "*".repeat(v.length());
        }
        if (v.length() < 10) {
            // a local number without its area code: keeping the first three too would hide next to nothing
            return "*".repeat(v.length() - 4) + v.substring(v.length() - 4);
        }
        return v.substring(0, 3) + "*".repeat(v.length() - 7) + v.substring(v.length() - 4);
    }

    public static String bankAccount(String v) {
        if (v == null || v.length() < 8) {
            return v == null ? null : "*".repeat(v.length());
        }
        return v.substring(0, 4) + " **** **** " + v.substring(v.length() - 4);
    }

    public static String name(String v) {
        if (v == null || v.isEmpty()) {
            return v;
        }
        int[] cp = v.codePoints().toArray();
        if (cp.length == 1) {
            return v;
        }
        if (cp.length == 2) {
            return new String(cp, 0, 1) + "*";
        }
        return new String(cp, 0, 1) + "*".repeat(cp.length - 2) + new String(cp, cp.length - 1, 1);
    }
}
