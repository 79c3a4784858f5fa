package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A JSON-B failure that reaches the edge unwrapped: the same answers as {@link JsonInputExceptionMapper}. */
@Provider
public class JsonbExceptionMapper implements ExceptionMapper<JsonbException> {

    @Context
    UriInfo uriInfo;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public Response toResponse(JsonbException e) {
        return ProblemJson.response(RequestLocale.current(), JsonInputExceptionMapper.toProblem(e, resourceInfo),
                Problems.instance(uriInfo));
    }
}
