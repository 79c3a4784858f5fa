package org.anju.security.rest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.ProblemException;
import org.anju.kernel.rest.ProblemJson;
import org.anju.kernel.api.RequestLocale;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.authz.UnauthenticatedException;

/** Not signed in: 401 {@code unauthenticated}. Signed in without the permission: 403 {@code forbidden}, naming it. */
@Provider
public class AuthorizationExceptionMapper implements ExceptionMapper<AuthorizationException> {

    private static final Pattern PERMISSION = Pattern.compile("permission \\[([^\\]]+)\\]");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AuthorizationException e) {
        ProblemException problem;
        if (e instanceof UnauthenticatedException) {
            problem = new ProblemException(401, "unauthenticated");
        } else {
            Matcher m = e.getMessage() == null ? null : PERMISSION.matcher(e.getMessage());
            String permission = m != null && m.find() ? m.group(1) : "";
            problem = new ProblemException(403, "forbidden", permission).with("permission", permission);
        }
        Response r = ProblemJson.response(RequestLocale.current(), problem, uriInfo.getRequestUri().getRawPath());
        if (problem.status() == 401) {
            return Response.fromResponse(r).header("WWW-Authenticate", "Bearer realm=\"anju\"").build();
        }
        return r;
    }
}
