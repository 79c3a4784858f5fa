package org.anju.leasing.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.ReviewService;
import org.anju.leasing.application.Views;
import org.anju.leasing.domain.ReviewStatus;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Yearly eligibility review campaigns (年度资格复审, R6.2b1). */
@Path("/review-campaigns")
@Tag(name = "leasing-review", description = "资格复审 Eligibility review")
@Produces(MediaType.APPLICATION_JSON)
public class ReviewCampaignResource {

    @Inject
    ReviewService reviews;

    @GET
    @RequiresPermissions(LeasingPermissions.REVIEW_MANAGE)
    @Operation(summary = "Review campaigns with their counts")
    public List<Views.CampaignView> campaigns() {
        return reviews.campaigns();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.REVIEW_MANAGE)
    @Operation(summary = "Open a year's review for every sitting household")
    public Response create(@NotNull @Valid Commands.CampaignInput body) {
        Views.CampaignView c = reviews.create(body);
        return Response.created(URI.create("review-campaigns/" + c.id())).entity(c).build();
    }

    @GET
    @Path("/{id}/reviews")
    @RequiresPermissions(LeasingPermissions.REVIEW_MANAGE)
    @Operation(summary = "The reviews of a campaign")
    public Page<Views.ReviewView> reviews(@PathParam("id") long id, @QueryParam("status") ReviewStatus status,
                                          @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return reviews.reviews(id, status, new PageRequest(page, size));
    }
}
