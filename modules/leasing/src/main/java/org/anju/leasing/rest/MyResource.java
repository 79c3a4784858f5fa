package org.anju.leasing.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.HouseholdApplicationService;
import org.anju.leasing.application.HouseholdService;
import org.anju.leasing.application.ReviewService;
import org.anju.leasing.application.SigningService;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The resident's own household, leases (reading, acknowledging, signing), applications and reviews. */
@Path("/my")
@Tag(name = "resident", description = "居民端 Resident")
@Produces(MediaType.APPLICATION_JSON)
public class MyResource {

    @Inject
    HouseholdService households;

    @Inject
    SigningService signing;

    @Inject
    HouseholdApplicationService applications;

    @Inject
    ReviewService reviews;

    @Context
    HttpServletRequest request;

    @GET
    @Path("/household")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "My household (masked)")
    public Views.HouseholdView household() {
        return households.mine();
    }

    @GET
    @Path("/leases")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "My household's leases (from approval on)")
    public List<Views.LeaseSummary> leases() {
        return signing.myLeases();
    }

    @GET
    @Path("/leases/{id}")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "A lease with its contract text, what I acknowledged and whether I can sign")
    public Map<String, Object> lease(@PathParam("id") long id) {
        return signing.myLease(id);
    }

    @GET
    @Path("/leases/{id}/contract.pdf")
    @Produces("application/pdf")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "My contract as PDF")
    public Response contract(@PathParam("id") long id) {
        return pdf(signing.contractPdf(id, true));
    }

    @POST
    @Path("/leases/{id}/acknowledgements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "Acknowledge the liability clauses or the return conditions (time, IP, device recorded)")
    public Response acknowledge(@PathParam("id") long id, @NotNull @Valid Commands.AckInput body) {
        return Response.status(201).entity(signing.acknowledge(id, body.section(), ip(), userAgent())).build();
    }

    @POST
    @Path("/leases/{id}/signing-code")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "Send a one-time signing code by SMS to the main applicant's phone")
    public Response code(@PathParam("id") long id) {
        return Response.status(201).entity(signing.sendCode(id)).build();
    }

    @POST
    @Path("/leases/{id}/sign")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "Sign with the code and a handwritten signature (PNG data URL)")
    public Views.LeaseView sign(@PathParam("id") long id, @NotNull @Valid Commands.SignInput body) {
        return signing.sign(id, body.code(), body.signature(), ip(), userAgent());
    }

    @GET
    @Path("/applications")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "My household's applications")
    public List<Views.ApplicationView> applications() {
        return applications.mine();
    }

    @POST
    @Path("/applications")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "Apply for a change of income, members or housing, a swap or a renewal")
    public Response apply(@NotNull @Valid Commands.ApplicationInput body) {
        Views.ApplicationView a = applications.submit(body);
        return Response.created(URI.create("my/applications/" + a.id())).entity(a).build();
    }

    @GET
    @Path("/reviews")
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "My household's yearly reviews")
    public List<Views.ReviewView> reviews() {
        return reviews.mine();
    }

    @PUT
    @Path("/reviews/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.RESIDENT)
    @Operation(summary = "Submit (or correct) my declaration for a yearly review")
    public Views.ReviewView submitReview(@PathParam("id") long id, @NotNull @Valid Commands.ReviewInput body) {
        return reviews.submit(id, body);
    }

    private String ip() {
        return request == null ? null : request.getRemoteAddr();
    }

    private String userAgent() {
        return request == null ? null : request.getHeader("User-Agent");
    }

    static Response pdf(SigningService.Pdf pdf) {
        Response.ResponseBuilder b = Response.ok(pdf.bytes(), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"" + pdf.fileName() + "\"");
        if (pdf.sha256() != null) {
            b.header("X-Content-SHA256", pdf.sha256());
        }
        return b.build();
    }
}
