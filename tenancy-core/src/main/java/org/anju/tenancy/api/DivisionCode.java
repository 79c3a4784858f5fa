package org.anju.tenancy.api;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Administrative division code (GB/T 2260): six digits, province (2) + prefecture (2) + county (2).
 * {@code 330000} is a province, {@code 330100} a prefecture-level city, {@code 330106} a district.
 *
 * <p>Jurisdiction (P6) is by prefix: an authority over {@code 330100} covers {@code 330106}; one over
 * {@code 330000} covers every code starting with {@code 33}.
 */
public final class DivisionCode {

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");
    /** Province-level prefixes in use in GB/T 2260 (mainland provinces, Taiwan, Hong Kong, Macao). */
    private static final Set<String> PROVINCES = Set.of(
            "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64", "65",
            "71", "81", "82");

    private DivisionCode() {
    }

    /** Well-formed: six digits, a known province, and no county part without a prefecture part. */
    public static boolean isValid(String code) {
        if (code == null || !SIX_DIGITS.matcher(code).matches() || !PROVINCES.contains(code.substring(0, 2))) {
            return false;
        }
        return !(code.startsWith("00", 2) && !code.startsWith("00", 4));
    }

    /** The significant prefix: {@code 330000} → {@code 33}, {@code 330100} → {@code 3301}, {@code 330106} → itself. */
    public static String prefix(String code) {
        if (code.endsWith("0000")) {
            return code.substring(0, 2);
        }
        if (code.endsWith("00")) {
            return code.substring(0, 4);
        }
        return code;
    }

    /** Whether the area {@code outer} contains the area {@code inner}. */
    public static boolean covers(String outer, String inner) {
        return inner.startsWith(prefix(outer));
    }

    /** Whether every code of {@code inner} lies inside one of {@code outer}. */
    public static boolean coversAll(Collection<String> outer, Collection<String> inner) {
        return !inner.isEmpty() && inner.stream().allMatch(i -> outer.stream().anyMatch(o -> covers(o, i)));
    }

    /** Whether any code of {@code inner} lies inside one of {@code outer}. */
    public static boolean coversAny(Collection<String> outer, Collection<String> inner) {
        return inner.stream().anyMatch(i -> outer.stream().anyMatch(o -> covers(o, i)));
    }
}
