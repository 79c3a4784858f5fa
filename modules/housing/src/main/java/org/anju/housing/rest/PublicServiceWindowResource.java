package org.anju.housing.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.housing.application.PublicServiceWindowService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Published service windows (R5.1c), for anyone: what to bring, how to apply, whom to call. */
@Path("/public/organizations/{code}/projects")
@Tag(name = "public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicServiceWindowResource {

    @Inject
    PublicServiceWindowService windows;

    @GET
    @PermitAll
    @Operation(summary = "The projects of an operator that publish a service window")
    public List<PublicServiceWindowService.PublicProject> projects(@PathParam("code") String code) {
        return windows.projects(code);
    }

    @GET
    @Path("/{id}/service-window")
    @PermitAll
    @Operation(summary = "A project's service window: application process, materials, hotline, office hours, address")
    public PublicServiceWindowService.PublicServiceWindow serviceWindow(@PathParam("code") String code,
                                                                        @PathParam("id") long id) {
        return windows.serviceWindow(code, id);
    }
}
