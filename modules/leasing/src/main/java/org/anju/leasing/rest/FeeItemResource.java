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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.audit.api.AuditEntry;
import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.CatalogueService;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The fee catalogue (费用项目, R6.3b). */
@Path("/fee-items")
@Tag(name = "leasing-catalogues", description = "合同模板、合同类型与费用项目 Templates, lease types, fee items")
@Produces(MediaType.APPLICATION_JSON)
public class FeeItemResource {

    @Inject
    CatalogueService catalogue;

    @GET
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "The fee items (active= filters)")
    public List<Views.FeeItemView> list(@QueryParam("active") Boolean active) {
        return catalogue.feeItems(active);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Add a fee item")
    public Response create(@NotNull @Valid Commands.FeeItemInput body) {
        Views.FeeItemView f = catalogue.createFeeItem(body);
        return Response.created(URI.create("fee-items/" + f.id())).entity(f).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Change a fee item (leases keep the amounts they were signed with)")
    public Views.FeeItemView update(@PathParam("id") long id, @NotNull @Valid Commands.FeeItemInput body) {
        return catalogue.updateFeeItem(id, body);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "Revision history of a fee item")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return catalogue.feeItemHistory(id);
    }
}
