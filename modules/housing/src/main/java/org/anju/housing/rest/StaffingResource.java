package org.anju.housing.rest;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.housing.api.HousingPermissions;
import org.anju.housing.application.StaffRosterService;
import org.anju.housing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staffing ratios per project and the operator's limit (R5.1d). */
@Path("/")
@Tag(name = "housing-staff")
@Produces(MediaType.APPLICATION_JSON)
public class StaffingResource {

    @Inject
    StaffRosterService roster;

    @GET
    @Path("staffing")
    @RequiresPermissions(HousingPermissions.STAFF_READ)
    @Operation(summary = "Per project: residents (occupied units), active staff, ratio, limit, flag")
    public List<Views.Staffing> staffing() {
        return roster.staffing();
    }

    @GET
    @Path("housing/settings")
    @RequiresPermissions(HousingPermissions.STAFF_READ)
    @Operation(summary = "Housing settings: residents per staff member before a project is flagged")
    public Map<String, Object> settings() {
        return Map.of("residentsPerStaffLimit", roster.limit());
    }

    @PUT
    @Path("housing/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.SETTINGS)
    @Operation(summary = "Change the housing settings")
    public Map<String, Object> changeSettings(@NotNull @Valid HousingRequests.SettingsRequest body) {
        return Map.of("residentsPerStaffLimit", roster.setLimit(body.residentsPerStaffLimit()));
    }
}
