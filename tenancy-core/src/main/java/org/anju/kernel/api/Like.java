package org.anju.kernel.api;

import java.util.Locale;

/**
 * Search text for JPQL {@code LIKE … ESCAPE '!'}: lower-cased, wrapped in {@code %}, with the user's own {@code %},
 * {@code _} and {@code !} escaped so that they match themselves.
 */
public final class Like {

    /** The escape character to declare in the query: {@code LIKE :text ESCAPE '!'}. */
    public static final char ESCAPE = '!';

    private Like() {
    }

    public static String contains(String text) {
        return "%" + text.trim().toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }
}
