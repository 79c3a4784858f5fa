package org.anju.kernel.api;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A business refusal with an HTTP status and a stable {@code code}. The REST edge turns it into
 * {@code application/problem+json}; title and detail come from the message catalogue
 * ({@code problem.<code>.title}, {@code problem.<code>.detail}) in the caller's language.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final transient List<Object> args;
    private final List<FieldViolation> violations;
    private final transient Map<String, Object> extensions;

    public ProblemException(int status, String code, Object... args) {
        this(status, code, List.of(args), List.of(), Map.of());
    }

    public ProblemException(int status, String code, List<Object> args, List<FieldViolation> violations,
                            Map<String, Object> extensions) {
        super(code);
        this.status = status;
        this.code = code;
        this.args = List.copyOf(args);
        this.violations = List.copyOf(violations);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** 400 with the given bad fields. */
    public static ProblemException invalid(List<FieldViolation> violations) {
        return new ProblemException(400, "validation", List.of(), violations, Map.of());
    }

    public static ProblemException invalid(String field, String messageKey, Object... args) {
        return invalid(List.of(FieldViolation.of(field, messageKey, args)));
    }

    public static ProblemException notFound(String code, Object... args) {
        return new ProblemException(404, code, args);
    }

    public static ProblemException conflict(String code, Object... args) {
        return new ProblemException(409, code, args);
    }

    /** A copy that also carries an extension member (e.g. {@code allowed} transitions, {@code lockedUntil}). */
    public ProblemException with(String member, Object value) {
        Map<String, Object> ext = new LinkedHashMap<>(extensions);
        ext.put(member, value);
        return new ProblemException(status, code, args, violations, ext);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Object> args() {
        return args;
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    /** Collects field violations and throws them all at once, so a form shows every mistake in one round trip. */
    public static final class Violations {
        private final List<FieldViolation> list = new ArrayList<>();

        public Violations add(String field, String messageKey, Object... args) {
            list.add(FieldViolation.of(field, messageKey, args));
            return this;
        }

        public boolean isEmpty() {
            return list.isEmpty();
        }

        public void throwIfAny() {
            if (!list.isEmpty()) {
                throw invalid(list);
            }
        }
    }
}
