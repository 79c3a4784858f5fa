package org.anju.security.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.rest.ProblemJson;
import org.anju.kernel.api.RequestLocale;
import org.anju.security.application.AuthenticationFailure;

/** A refused sign-in, with its own status and code (wrong password, locked, disabled, suspended, unavailable). */
@Provider
public class AuthenticationFailureMapper implements ExceptionMapper<AuthenticationFailure> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AuthenticationFailure e) {
        return ProblemJson.response(RequestLocale.current(), e.problem(), uriInfo.getRequestUri().getRawPath());
    }
}
