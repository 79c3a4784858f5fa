package org.anju.kernel.rest;

import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.kernel.api.FieldViolation;
import org.anju.kernel.api.Messages;
import org.anju.kernel.api.ProblemException;

/**
 * Writes RFC 9457 problem documents: {@code type}, {@code title}, {@code status}, {@code detail},
 * {@code instance}, plus {@code code} (stable, for clients) and {@code errors[]} ({@code field}, {@code message}).
 */
public final class ProblemJson {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final MediaType PROBLEM = new MediaType("application", "problem+json", java.util.Map.of("charset", "UTF-8"));
    private static final String TYPE_PREFIX = "urn:anju:problem:";

    private ProblemJson() {
    }

    public static String body(Locale locale, ProblemException p, String instance) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", TYPE_PREFIX + p.code())
                .add("title", title(locale, p.code(), p.status()))
                .add("status", p.status());
        String detailKey = "problem." + p.code() + ".detail";
        if (Messages.has(locale, detailKey)) {
            b.add("detail", Messages.get(locale, detailKey, p.args().toArray()));
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        b.add("code", p.code());
        if (!p.violations().isEmpty()) {
            JsonArrayBuilder errors = Json.createArrayBuilder();
            for (FieldViolation v : p.violations()) {
                String message = v.literalMessage() != null ? v.literalMessage()
                        : Messages.get(locale, v.messageKey(), v.args().toArray());
                errors.add(Json.createObjectBuilder().add("field", v.field()).add("message", message));
            }
            b.add("errors", errors);
        }
        p.extensions().forEach((k, v) -> b.add(k, toJson(v)));
        return b.build().toString();
    }

    public static Response response(Locale locale, ProblemException p, String instance) {
        Response.ResponseBuilder rb = Response.status(p.status()).type(PROBLEM).entity(body(locale, p, instance));
        if (p.status() == 503) {
            rb.header("Retry-After", "30");
        }
        return rb.build();
    }

    private static String title(Locale locale, String code, int status) {
        String key = "problem." + code + ".title";
        if (Messages.has(locale, key)) {
            return Messages.get(locale, key);
        }
        return Messages.get(locale, "problem.http." + status + ".title");
    }

    static JsonValue toJson(Object v) {
        if (v == null) {
            return JsonValue.NULL;
        }
        if (v instanceof JsonValue j) {
            return j;
        }
        if (v instanceof Boolean bool) {
            return bool ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (v instanceof Integer || v instanceof Long || v instanceof Short) {
            return Json.createValue(((Number) v).longValue());
        }
        if (v instanceof BigDecimal d) {
            return Json.createValue(d);
        }
        if (v instanceof Number n) {
            return Json.createValue(n.doubleValue());
        }
        if (v instanceof Collection<?> c) {
            JsonArrayBuilder a = Json.createArrayBuilder();
            c.forEach(e -> a.add(toJson(e)));
            return a.build();
        }
        if (v instanceof Map<?, ?> m) {
            JsonObjectBuilder o = Json.createObjectBuilder();
            m.forEach((k, e) -> o.add(String.valueOf(k), toJson(e)));
            return o.build();
        }
        if (v instanceof TemporalAccessor || v instanceof Enum<?>) {
            return Json.createValue(v.toString());
        }
        return Json.createValue(String.valueOf(v));
    }

    /** Convenience for code paths that only have a code and status. */
    public static ProblemException problem(int status, String code, Object... args) {
        return new ProblemException(status, code, List.of(args), List.of(), Map.of());
    }
}
