package org.anju.housing.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.audit.api.AuditEntry;
import org.anju.housing.api.HousingPermissions;
import org.anju.housing.application.BuildingService;
import org.anju.housing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Buildings (楼栋). */
@Path("/buildings")
@Tag(name = "housing")
@Produces(MediaType.APPLICATION_JSON)
public class BuildingResource {

    @Inject
    BuildingService buildings;

    @GET
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.PROJECT_READ)
    @Operation(summary = "A building with its unit counts")
    public Views.BuildingView get(@PathParam("id") long id) {
        return buildings.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Change a building (floors cannot drop below a unit's floor)")
    public Views.BuildingView update(@PathParam("id") long id, @NotNull @Valid HousingRequests.BuildingRequest body) {
        return buildings.update(id, new BuildingService.BuildingDetails(body.name(), body.floors(), body.hasElevator(),
                body.yearBuilt()), body.reason());
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Delete a building without units")
    public Response delete(@PathParam("id") long id) {
        buildings.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(HousingPermissions.PROJECT_READ)
    @Operation(summary = "Revision history of a building")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return buildings.history(id);
    }
}
