package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.FieldViolation;
import org.anju.kernel.api.ProblemException;

/**
 * Request bodies that are not JSON, or JSON of the wrong shape: 400, never 500. Malformed JSON answers
 * {@code malformed-json} with where it broke; a value of the wrong type answers {@code validation} naming the field.
 * JSON-B names the property in its message (nested ones are joined with dots); for an unknown enum constant it names
 * only the enum, so the field is found by looking for that enum in the resource method's body type.
 */
@Provider
public class JsonInputExceptionMapper implements ExceptionMapper<ProcessingException> {

    private static final Pattern PROPERTY = Pattern.compile("property '([^']+)'");
    private static final Pattern ENUM = Pattern.compile("No enum constant ([\\w.$]+)\\.([^.\\s]+)$");

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Response toResponse(ProcessingException e) {
        return ProblemJson.response(RequestLocale.current(), toProblem(e, resourceInfo), Problems.instance(uriInfo));
    }

    static ProblemException toProblem(Throwable e, ResourceInfo resource) {
        JsonParsingException parsing = find(e, JsonParsingException.class);
        if (parsing != null) {
            long line = parsing.getLocation() == null ? 0 : parsing.getLocation().getLineNumber();
            long column = parsing.getLocation() == null ? 0 : parsing.getLocation().getColumnNumber();
            return new ProblemException(400, "malformed-json", line, column);
        }
        if (find(e, JsonbException.class) == null && !mentionsJson(e)) {
            return new ProblemException(400, "unreadable-body");
        }
        List<String> names = new ArrayList<>(propertiesOf(e));
        Matcher enumMatch = enumConstant(e);
        if (enumMatch != null) {
            Class<?> enumType = bodyType(resource) == null ? null : findEnum(bodyType(resource), enumMatch.group(1), 0);
            String path = enumType == null ? null : pathTo(bodyType(resource), enumType, 0);
            if (path != null && names.isEmpty()) {
                names.add(path);
            }
            if (enumType != null) {
                String allowed = String.join(", ", Arrays.stream(enumType.getEnumConstants()).map(String::valueOf).toList());
                return ProblemException.invalid(List.of(FieldViolation.of(names.isEmpty() ? "body" : String.join(".", names),
                        "validation.enum", allowed)));
            }
        }
        return ProblemException.invalid(List.of(FieldViolation.of(names.isEmpty() ? "body" : String.join(".", names),
                "validation.type")));
    }

    private static Set<String> propertiesOf(Throwable e) {
        Set<String> names = new LinkedHashSet<>();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = PROPERTY.matcher(t.getMessage());
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static Matcher enumConstant(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = ENUM.matcher(t.getMessage().trim());
                if (m.find()) {
                    return m;
                }
            }
        }
        return null;
    }

    /** The type of the resource method's entity parameter (the one without a JAX-RS annotation). */
    private static Class<?> bodyType(ResourceInfo resource) {
        Method m = resource == null ? null : resource.getResourceMethod();
        if (m == null) {
            return null;
        }
        for (Parameter p : m.getParameters()) {
            boolean annotated = Arrays.stream(p.getAnnotations()).anyMatch(a ->
                    a.annotationType().getPackageName().equals("jakarta.ws.rs"));
            if (!annotated) {
                return p.getType();
            }
        }
        return null;
    }

    private static Class<?> findEnum(Class<?> type, String canonicalName, int depth) {
        if (type == null || depth > 4) {
            return null;
        }
        if (type.isEnum() && canonicalName.equals(type.getCanonicalName())) {
            return type;
        }
        if (!type.isRecord()) {
            return null;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            Class<?> found = findEnum(elementType(rc), canonicalName, depth + 1);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String pathTo(Class<?> type, Class<?> target, int depth) {
        if (type == null || depth > 4 || !type.isRecord()) {
            return null;
        }
        for (RecordComponent rc : type.getRecordComponents()) {
            Class<?> t = elementType(rc);
            if (t == target) {
                return rc.getName();
            }
            String inner = pathTo(t, target, depth + 1);
            if (inner != null) {
                return rc.getName() + "." + inner;
            }
        }
        return null;
    }

    private static Class<?> elementType(RecordComponent rc) {
        Type g = rc.getGenericType();
        if (g instanceof ParameterizedType pt && pt.getActualTypeArguments().length == 1
                && pt.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return rc.getType();
    }

    private static boolean mentionsJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = t.getMessage();
            if (m != null && (m.contains("JSON") || m.contains("Json") || m.contains("deserializ"))) {
                return true;
            }
        }
        return false;
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
