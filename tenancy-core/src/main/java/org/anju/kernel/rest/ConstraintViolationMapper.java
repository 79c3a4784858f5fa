package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.FieldViolation;
import org.anju.kernel.api.ProblemException;

/**
 * Bean Validation at the edge: 400 naming every bad field by its JSON path (the method and parameter nodes of the
 * validation path are dropped, so {@code create.request.admin.password} becomes {@code admin.password}). Messages
 * are already in the request's language ({@link LocaleAwareMessageInterpolator}).
 */
@Provider
public class ConstraintViolationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException e) {
        List<FieldViolation> fields = e.getConstraintViolations().stream()
                .map(v -> FieldViolation.literal(fieldPath(v), v.getMessage()))
                .sorted(Comparator.comparing(FieldViolation::field))
                .toList();
        return ProblemJson.response(RequestLocale.current(), ProblemException.invalid(fields), Problems.instance(uriInfo));
    }

    static String fieldPath(ConstraintViolation<?> v) {
        String parameter = null;
        StringBuilder properties = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (kind != ElementKind.PROPERTY && kind != ElementKind.CONTAINER_ELEMENT && kind != ElementKind.BEAN) {
                continue; // method, constructor, return value, cross-parameter: not part of a JSON path
            }
            if (node.isInIterable()) {
                Object at = node.getIndex() != null ? node.getIndex() : node.getKey();
                if (at != null) {
                    properties.append('[').append(at).append(']');
                }
            }
            if (kind == ElementKind.PROPERTY && node.getName() != null) {
                if (properties.length() > 0) {
                    properties.append('.');
                }
                properties.append(node.getName());
            }
        }
        if (properties.length() > 0) {
            // A body parameter's own name is not part of the JSON path of its fields.
            String path = properties.toString();
            return path.startsWith("[") && parameter != null ? parameter + path : path;
        }
        return parameter != null ? parameter : "body";
    }
}
