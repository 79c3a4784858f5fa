package org.anju.housing.rest;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
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
import org.anju.housing.api.HousingPermissions;
import org.anju.housing.api.UnitStatus;
import org.anju.housing.application.BuildingService;
import org.anju.housing.application.ProjectService;
import org.anju.housing.application.StatusBoardService;
import org.anju.housing.application.Views;
import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Projects (项目), their buildings, service windows and status boards. */
@Path("/projects")
@Tag(name = "housing", description = "房源管理 Housing stock")
@Produces(MediaType.APPLICATION_JSON)
public class ProjectResource {

    @Inject
    ProjectService projects;

    @Inject
    BuildingService buildings;

    @Inject
    StatusBoardService boards;

    @GET
    @RequiresPermissions(HousingPermissions.PROJECT_READ)
    @Operation(summary = "List projects with unit counts per status; search by name or address, filter by division")
    public Page<Views.ProjectSummary> list(@QueryParam("q") @Size(max = 100) String q,
                                           @QueryParam("divisionCode") @Size(max = 6) String divisionCode,
                                           @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                           @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return projects.search(q, divisionCode, new PageRequest(page, size));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Create a project (division code inside the operator's served divisions)")
    public Response create(@NotNull @Valid HousingRequests.ProjectRequest body) {
        Views.ProjectView p = projects.create(body.details(), body.serviceWindow() == null ? null : body.serviceWindow().window());
        return Response.created(URI.create("projects/" + p.id())).entity(p).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.PROJECT_READ)
    @Operation(summary = "A project with its service window and buildings")
    public Views.ProjectView get(@PathParam("id") long id) {
        return projects.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Change a project (the reason is kept in its history)")
    public Views.ProjectView update(@PathParam("id") long id, @NotNull @Valid HousingRequests.ProjectRequest body) {
        return projects.update(id, body.details(), body.reason());
    }

    @PUT
    @Path("/{id}/service-window")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Publish the project's service window (R5.1c)")
    public Views.ProjectView serviceWindow(@PathParam("id") long id, @NotNull @Valid HousingRequests.ServiceWindowRequest body) {
        return projects.publishServiceWindow(id, body.window(), body.reason());
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Delete a project without buildings")
    public Response delete(@PathParam("id") long id) {
        projects.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(HousingPermissions.PROJECT_READ)
    @Operation(summary = "Revision history of a project")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return projects.history(id);
    }

    @GET
    @Path("/{id}/buildings")
    @RequiresPermissions(HousingPermissions.PROJECT_READ)
    @Operation(summary = "Buildings of a project with unit counts")
    public List<Views.BuildingView> buildings(@PathParam("id") long id) {
        return buildings.list(id);
    }

    @POST
    @Path("/{id}/buildings")
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.PROJECT_WRITE)
    @Operation(summary = "Add a building to a project")
    public Response addBuilding(@PathParam("id") long id, @NotNull @Valid HousingRequests.BuildingRequest body) {
        Views.BuildingView b = buildings.create(id, new BuildingService.BuildingDetails(body.name(), body.floors(),
                body.hasElevator(), body.yearBuilt()));
        return Response.created(URI.create("buildings/" + b.id())).entity(b).build();
    }

    @GET
    @Path("/{id}/status-board")
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "Status board (房态图): floors x rooms coloured by status, counts per status (R6.1c, R6.1d)")
    public Views.StatusBoard statusBoard(@PathParam("id") long id,
                                         @QueryParam("buildingId") Long buildingId,
                                         @QueryParam("status") UnitStatus status,
                                         @QueryParam("layout") @Size(max = 30) String layout,
                                         @QueryParam("minArea") BigDecimal minArea,
                                         @QueryParam("maxArea") BigDecimal maxArea) {
        return boards.board(id, buildingId, status, layout, minArea, maxArea);
    }
}
