package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.FieldViolation;
import org.anju.kernel.api.ProblemException;

/**
 * The runtime's own refusals (unknown path, wrong method, wrong media type, unconvertible parameter, unreadable
 * body) as problem documents. A query or path parameter that cannot be converted is a 400 naming the parameter,
 * not the 404 the specification allows.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    private static final Pattern PARAM = Pattern.compile("(?:QueryParam|PathParam|HeaderParam|FormParam)\\(\"?([^\")]+)\"?\\)");

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        Response original = e.getResponse();
        if (original != null && original.hasEntity() && original.getMediaType() != null
                && original.getMediaType().isCompatible(ProblemJson.PROBLEM)) {
            return original;
        }
        return ProblemJson.response(RequestLocale.current(), toProblem(e, resourceInfo), Problems.instance(uriInfo));
    }

    static ProblemException toProblem(WebApplicationException e, ResourceInfo resourceInfo) {
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (JsonInputExceptionMapper.find(e, JsonParsingException.class) != null
                || JsonInputExceptionMapper.find(e, JsonbException.class) != null) {
            return JsonInputExceptionMapper.toProblem(e, resourceInfo);
        }
        String param = parameterOf(e);
        if (param != null && (status == 404 || status == 400)) {
            return ProblemException.invalid(List.of(FieldViolation.of(param, "validation.type")));
        }
        return switch (status) {
            case 400 -> new ProblemException(400, "bad-request");
            case 404 -> new ProblemException(404, "not-found");
            case 405 -> new ProblemException(405, "method-not-allowed");
            case 406 -> new ProblemException(406, "not-acceptable");
            case 415 -> new ProblemException(415, "unsupported-media-type");
            default -> new ProblemException(status, status >= 500 ? "internal" : "bad-request");
        };
    }

    private static String parameterOf(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null) {
                Matcher m = PARAM.matcher(t.getMessage());
                if (m.find()) {
                    String value = m.group(1);
                    int eq = value.indexOf("value=");
                    return eq >= 0 ? value.substring(eq + 6) : value;
                }
            }
        }
        return null;
    }
}
