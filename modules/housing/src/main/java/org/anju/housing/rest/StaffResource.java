package org.anju.housing.rest;

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

import org.anju.housing.api.HousingPermissions;
import org.anju.housing.application.StaffRosterService;
import org.anju.housing.application.Views;
import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The staff roster (人员配置, R5.1d). */
@Path("/staff")
@Tag(name = "housing-staff", description = "人员配置 Staff roster")
@Produces(MediaType.APPLICATION_JSON)
public class StaffResource {

    @Inject
    StaffRosterService roster;

    @GET
    @RequiresPermissions(HousingPermissions.STAFF_READ)
    @Operation(summary = "Staff members: search by name or position, filter by project and active")
    public Page<Views.StaffView> list(@QueryParam("q") @Size(max = 100) String q,
                                      @QueryParam("projectId") Long projectId,
                                      @QueryParam("active") Boolean active,
                                      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return roster.search(q, projectId, active, new PageRequest(page, size));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.STAFF_WRITE)
    @Operation(summary = "Add a staff member with qualifications and assigned projects")
    public Response create(@NotNull @Valid HousingRequests.StaffRequest body) {
        Views.StaffView s = roster.create(details(body));
        return Response.created(URI.create("staff/" + s.id())).entity(s).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.STAFF_READ)
    @Operation(summary = "One staff member")
    public Views.StaffView get(@PathParam("id") long id) {
        return roster.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.STAFF_WRITE)
    @Operation(summary = "Change a staff member (including active)")
    public Views.StaffView update(@PathParam("id") long id, @NotNull @Valid HousingRequests.StaffRequest body) {
        return roster.update(id, details(body));
    }

    private static StaffRosterService.StaffDetails details(HousingRequests.StaffRequest r) {
        return new StaffRosterService.StaffDetails(r.name(), r.position(), r.phone(), r.userId(), r.active(),
                r.qualifications() == null ? List.of()
                        : r.qualifications().stream().map(HousingRequests.QualificationRequest::qualification).toList(),
                r.projectIds());
    }


}
