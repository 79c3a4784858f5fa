package org.anju.kernel.api;

import java.util.List;

/**
 * One bad field of a request: its JSON path ({@code admin.password}, {@code divisionCodes[1]}) and a message key
 * with arguments, resolved in the caller's language when the answer is written.
 */
public record FieldViolation(String field, String messageKey, List<Object> args, String literalMessage) {

    public static FieldViolation of(String field, String messageKey, Object... args) {
        return new FieldViolation(field, messageKey, List.of(args), null);
    }

    /** A message already in its final form (e.g. interpolated by Bean Validation in the caller's language). */
    public static FieldViolation literal(String field, String message) {
        return new FieldViolation(field, null, List.of(), message);
    }
}
