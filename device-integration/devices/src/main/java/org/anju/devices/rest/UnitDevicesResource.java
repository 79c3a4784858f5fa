package org.anju.devices.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.devices.api.DevicePermissions;
import org.anju.devices.application.DeviceArchive;
import org.anju.devices.application.DeviceViews;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The devices of one unit with their live state, for the unit page (R6.1d), which polls it. Its own root so that it is
 * matched before housing's {@code /units}; the same rules as the status board's cell (LockHealth).
 */
@Path("/units/{unitId}/device-state")
@Tag(name = "devices")
@Produces(MediaType.APPLICATION_JSON)
public class UnitDevicesResource {

    @Inject
    DeviceArchive archive;

    @GET
    @RequiresPermissions(DevicePermissions.READ)
    @Operation(summary = "The unit's devices and their live state (online, last seen, battery, open trouble)")
    public DeviceViews.UnitDevicesView state(@PathParam("unitId") long unitId) {
        return archive.unitDevices(unitId);
    }
}
