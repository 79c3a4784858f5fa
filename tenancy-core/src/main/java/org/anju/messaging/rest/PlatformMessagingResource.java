package org.anju.messaging.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.messaging.application.MessagingAdministration;
import org.anju.messaging.application.MessagingPermissionCatalog;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The outbox relay as the platform console operates it (pause during broker maintenance, resume). */
@Path("/platform/messaging")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Platform: messaging")
public class PlatformMessagingResource {

    /** The relay's switch. */
    public record RelayInput(@NotNull Boolean paused) {
    }

    @Inject
    MessagingAdministration administration;

    @GET
    @RequiresPermissions(MessagingPermissionCatalog.PLATFORM_ADMIN)
    @Operation(summary = "The outbox relay and the queues")
    public MessagingAdministration.State state() {
        return administration.state();
    }

    @PUT
    @Path("relay")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(MessagingPermissionCatalog.PLATFORM_ADMIN)
    @Operation(summary = "Pause or resume the outbox relay (until resumed or the server restarts)")
    public MessagingAdministration.State relay(@NotNull @Valid RelayInput body) {
        return administration.pause(body.paused());
    }
}
