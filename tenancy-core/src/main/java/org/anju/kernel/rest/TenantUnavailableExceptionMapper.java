package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantUnavailableException;

/** One organization cannot be served now: 503 with the reason, for that organization alone. */
@Provider
public class TenantUnavailableExceptionMapper implements ExceptionMapper<TenantUnavailableException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(TenantUnavailableException e) {
        return ProblemJson.response(RequestLocale.current(),
                new ProblemException(503, "organization-unavailable", e.organizationCode(), e.getMessage()),
                Problems.instance(uriInfo));
    }
}
