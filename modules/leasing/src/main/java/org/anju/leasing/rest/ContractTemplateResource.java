package org.anju.leasing.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.ContractService;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Versioned contract templates (R6.3a). */
@Path("/contract-templates")
@Tag(name = "leasing-catalogues")
@Produces(MediaType.APPLICATION_JSON)
public class ContractTemplateResource {

    @Inject
    ContractService contracts;

    @GET
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "The latest version of each template")
    public List<Views.TemplateView> latest() {
        return contracts.latest();
    }

    @GET
    @Path("/{id: \\d+}")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "One version of a template")
    public Views.TemplateView get(@PathParam("id") long id) {
        return contracts.get(id);
    }

    @GET
    @Path("/{code: [A-Za-z][A-Za-z0-9_]*}/versions")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "Every version of a template code, newest first")
    public List<Views.TemplateView> versions(@PathParam("code") String code) {
        return contracts.versions(code.toUpperCase(java.util.Locale.ROOT));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Add a new version of a template (placeholders checked)")
    public Response create(@NotNull @Valid Commands.TemplateInput body) {
        Views.TemplateView t = contracts.create(body);
        return Response.created(URI.create("contract-templates/" + t.id())).entity(t).build();
    }
}
