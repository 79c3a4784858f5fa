package org.anju.privacy.api;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/** Mainland resident ID numbers (GB 11643): 18 characters, a valid birth date, and the ISO 7064 MOD 11-2 check digit. */
public final class IdNumbers {

    private static final Pattern SHAPE = Pattern.compile("\\d{17}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {
    }

    /** Upper-case, no spaces: the form that is sealed and indexed. */
    public static String normalize(String v) {
        return v == null ? null : v.replace(" ", "").trim().toUpperCase(Locale.ROOT);
    }

    public static boolean valid(String v) {
        String n = normalize(v);
        if (n == null || !SHAPE.matcher(n).matches()) {
            return false;
        }
        if (birthDate(n).isEmpty()) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (n.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11] == n.charAt(17);
    }

    /** The check digit a 17-digit prefix needs (to make valid numbers in tests and demos). */
    public static char checkDigit(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    public static Optional<LocalDate> birthDate(String v) {
        String n = normalize(v);
        if (n == null || n.length() != 18) {
            return Optional.empty();
        }
        try {
            LocalDate d = LocalDate.of(Integer.parseInt(n.substring(6, 10)), Integer.parseInt(n.substring(10, 12)),
                    Integer.parseInt(n.substring(12, 14)));
            return d.getYear() < 1900 || d.isAfter(LocalDate.now()) ? Optional.empty() : Optional.of(d);
        } catch (NumberFormatException | DateTimeException e) {
            return Optional.empty();
        }
    }
}
