package org.anju.devices.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

import org.anju.devices.api.DevicePermissions;
import org.anju.devices.application.DeviceCommands;
import org.anju.devices.application.DeviceMessaging;
import org.anju.devices.application.DeviceQueries;
import org.anju.devices.application.DeviceViews;
import org.anju.devices.application.LockAdministration;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Credentials on a unit's locks (R6.2a2): its own root so that it is matched before housing's {@code /units}. */
@Path("/units/{unitId}/lock-credentials")
@Tag(name = "locks")
@Produces(MediaType.APPLICATION_JSON)
public class UnitLockResource {

    @Inject
    DeviceQueries queries;

    @Inject
    LockAdministration admin;

    @GET
        @RequiresPermissions(DevicePermissions.CREDENTIAL)
    @Operation(summary = "Credentials on the unit's locks")
    public List<DeviceViews.CredentialView> credentials(@PathParam("unitId") long unitId,
                                                        @QueryParam("status") @Pattern(regexp = "GRANTING|ACTIVE|REVOKING|REVOKED|FAILED") String status) {
        return queries.credentialsOfUnit(unitId, status);
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(DevicePermissions.CREDENTIAL)
    @Operation(summary = "Grant a credential on every lock of the unit")
    public List<DeviceViews.CredentialView> grant(@PathParam("unitId") long unitId, @NotNull @Valid DeviceCommands.GrantInput body) {
        return admin.grant(unitId, body);
    }

}
