package org.anju.leasing.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.HouseholdApplicationService;
import org.anju.leasing.application.Views;
import org.anju.leasing.domain.ApplicationStatus;
import org.anju.leasing.domain.ApplicationType;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Residents' applications as staff handle them (R6.2b2, R6.2b3). */
@Path("/applications")
@Tag(name = "leasing")
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationResource {

    @Inject
    HouseholdApplicationService applications;

    @GET
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "Applications, newest first")
    public Page<Views.ApplicationView> list(@QueryParam("status") ApplicationStatus status,
                                            @QueryParam("type") ApplicationType type,
                                            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return applications.list(status, type, new PageRequest(page, size));
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "One application")
    public Views.ApplicationView get(@PathParam("id") long id) {
        return applications.get(id);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.APPLICATION_DECIDE)
    @Operation(summary = "Approve: apply the changes and create the successor lease for the resident to sign")
    public Views.ApplicationView approve(@PathParam("id") long id, @NotNull @Valid Commands.ApplicationDecisionInput body) {
        return applications.approve(id, body);
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.APPLICATION_DECIDE)
    @Operation(summary = "Reject with the reason")
    public Views.ApplicationView reject(@PathParam("id") long id, @NotNull @Valid Commands.Reason body) {
        return applications.reject(id, body.reason());
    }
}
