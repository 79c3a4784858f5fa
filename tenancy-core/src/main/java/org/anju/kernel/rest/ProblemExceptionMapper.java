package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.ProblemException;

/** Business refusals: their own status and code. */
@Provider
public class ProblemExceptionMapper implements ExceptionMapper<ProblemException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ProblemException e) {
        return ProblemJson.response(RequestLocale.current(), e, Problems.instance(uriInfo));
    }
}
