package org.anju.leasing.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.ReviewService;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Staff decisions on households' yearly reviews (R6.2b1). */
@Path("/reviews")
@Tag(name = "leasing-review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewResource {

    @Inject
    ReviewService reviews;

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.REVIEW_MANAGE)
    @Operation(summary = "Pass, change the category, or fail (the household starts to exit)")
    public Views.ReviewView decide(@PathParam("id") long id, @NotNull @Valid Commands.ReviewDecisionInput body) {
        return reviews.decide(id, body);
    }
}
