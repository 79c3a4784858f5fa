package org.anju.leasing.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.CatalogueService;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Lease types and their approval workflows (R6.3c). */
@Path("/lease-types")
@Tag(name = "leasing-catalogues")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseTypeResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "The lease types with their approval steps")
    public List<Views.LeaseTypeView> list() {
        return catalogue.leaseTypes();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Add a lease type with its workflow (steps 1..n, roles, ANY or ALL)")
    public Response create(@NotNull @Valid Commands.LeaseTypeInput body) {
        Views.LeaseTypeView t = catalogue.createLeaseType(body);
        return Response.created(URI.create("lease-types/" + t.id())).entity(t).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Change a lease type and its workflow (leases waiting keep their step number)")
    public Views.LeaseTypeView update(@PathParam("id") long id, @NotNull @Valid Commands.LeaseTypeInput body) {
        return catalogue.updateLeaseType(id, body);
    }
}
