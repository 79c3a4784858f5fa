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
import org.anju.housing.application.UnitArchiveService;
import org.anju.housing.application.UnitService;
import org.anju.housing.application.Views;
import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.Downloads;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.RequestLocale;
import org.anju.security.api.CurrentPrincipal;
import org.anju.tenancy.api.OrganizationDirectory;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Units (房源), their status (房态) and their archive (一房一档). */
@Path("/units")
@Tag(name = "housing")
@Produces(MediaType.APPLICATION_JSON)
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    UnitArchiveService archives;

    @Inject
    OrganizationDirectory organizations;

    @GET
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "List units; filter by project, building, status, layout, area; search room, building, project")
    public Page<Views.UnitView> list(@QueryParam("projectId") Long projectId,
                                     @QueryParam("buildingId") Long buildingId,
                                     @QueryParam("status") UnitStatus status,
                                     @QueryParam("layout") @Size(max = 30) String layout,
                                     @QueryParam("minArea") BigDecimal minArea,
                                     @QueryParam("maxArea") BigDecimal maxArea,
                                     @QueryParam("q") @Size(max = 100) String q,
                                     @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                     @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return units.search(projectId, buildingId, status, layout, minArea, maxArea, q, new PageRequest(page, size));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.UNIT_WRITE)
    @Operation(summary = "Create a unit in a building (status VACANT unless given)")
    public Response create(@NotNull @Valid HousingRequests.UnitRequest body) {
        if (body.buildingId() == null) {
            throw ProblemException.invalid("buildingId", "validation.required");
        }
        Views.UnitView u = units.create(body.buildingId(), body.details(), body.status());
        return Response.created(URI.create("units/" + u.id())).entity(u).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "A unit with the statuses it may change to")
    public Views.UnitView get(@PathParam("id") long id) {
        return units.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.UNIT_WRITE)
    @Operation(summary = "Change a unit's description (not its status; the reason is kept in its history)")
    public Views.UnitView update(@PathParam("id") long id, @NotNull @Valid HousingRequests.UnitRequest body) {
        return units.update(id, body.details(), body.reason());
    }

    @POST
    @Path("/{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.UNIT_STATUS)
    @Operation(summary = "Change the unit's status through the state machine; 409 with the allowed ones otherwise")
    public Views.UnitView changeStatus(@PathParam("id") long id, @NotNull @Valid HousingRequests.StatusRequest body) {
        return units.changeStatus(id, body.status(), body.reason());
    }

    @GET
    @Path("/{id}/status-history")
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "Every status change: when, who, why, from where")
    public List<Views.StatusChangeView> statusHistory(@PathParam("id") long id) {
        return units.statusHistory(id);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "Revision history of the unit's record")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return units.history(id);
    }

    @GET
    @Path("/{id}/archive")
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "One-room-one-archive (一房一档, R6.1b)")
    public Views.UnitArchive archive(@PathParam("id") long id) {
        return archives.archive(id, RequestLocale.current());
    }

    @GET
    @Path("/{id}/archive.pdf")
    @Produces("application/pdf")
    @RequiresPermissions(HousingPermissions.UNIT_READ)
    @Operation(summary = "The archive as PDF for a paper file")
    public Response archivePdf(@PathParam("id") long id) {
        String org = CurrentPrincipal.require().organizationCode();
        String name = organizations.byCode(org).map(o -> o.branding().displayName()).orElse(org);
        byte[] pdf = archives.pdf(id, RequestLocale.current(), name);
        Views.UnitView u = units.get(id);
        String chinese = "一房一档-" + u.projectName() + "-" + u.buildingName() + "-" + u.roomNumber() + ".pdf";
        return Downloads.file(pdf, "application/pdf", "unit-" + id + "-archive.pdf", chinese);
    }
}
