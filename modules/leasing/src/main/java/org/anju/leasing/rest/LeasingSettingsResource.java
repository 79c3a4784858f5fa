package org.anju.leasing.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.CatalogueService;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.LeasingRules;
import org.anju.leasing.application.RenewalReminders;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The operator's leasing settings and the daily run (expiry, renewal reminders) on demand. */
@Path("/leasing")
@Tag(name = "leasing-catalogues")
@Produces(MediaType.APPLICATION_JSON)
public class LeasingSettingsResource {

    @Inject
    CatalogueService catalogue;

    @Inject
    RenewalReminders reminders;

    @GET
    @Path("/settings")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "Renewal reminder offsets (days before a lease ends)")
    public Views.SettingsView settings() {
        return catalogue.settings();
    }

    @PUT
    @Path("/settings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Set the renewal reminder offsets")
    public Views.SettingsView update(@NotNull @Valid Commands.SettingsInput body) {
        return catalogue.updateSettings(body);
    }

    @POST
    @Path("/daily-run")
    @RequiresPermissions(LeasingPermissions.LEASE_ADMIN)
    @Operation(summary = "Run today's expiry and renewal reminders for this operator now (idempotent)")
    public Views.DailyRun run() {
        return reminders.run(LeasingRules.today());
    }
}
