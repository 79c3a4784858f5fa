package org.anju.leasing.rest;

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
import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.RequestLocale;
import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.HouseholdArchiveService;
import org.anju.leasing.application.HouseholdService;
import org.anju.leasing.application.Views;
import org.anju.leasing.domain.EligibilityCategory;
import org.anju.leasing.domain.HouseholdStatus;
import org.anju.tenancy.api.OrganizationDirectory;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Households (承租家庭) and their members, archive (一户一档) and residents' accounts. */
@Path("/households")
@Tag(name = "leasing", description = "承租家庭与租赁合同 Households and leases")
@Produces(MediaType.APPLICATION_JSON)
public class HouseholdResource {

    @Inject
    HouseholdService households;

    @Inject
    HouseholdArchiveService archives;

    @Inject
    OrganizationDirectory organizations;

    @GET
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_READ)
    @Operation(summary = "List households; q matches the number or a member's name; idNumber finds one person exactly")
    public Page<Views.HouseholdSummary> list(@QueryParam("q") @Size(max = 100) String q,
                                             @QueryParam("category") EligibilityCategory category,
                                             @QueryParam("status") HouseholdStatus status,
                                             @QueryParam("idNumber") @Size(max = 30) String idNumber,
                                             @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                             @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return households.search(q, category, status, idNumber, new PageRequest(page, size));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_WRITE)
    @Operation(summary = "Register a household with its members (ID numbers and phones are sealed at rest)")
    public Response create(@NotNull @Valid Commands.HouseholdInput body) {
        Views.HouseholdView h = households.create(body);
        return Response.created(URI.create("households/" + h.id())).entity(h).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_READ)
    @Operation(summary = "A household, masked; with purpose= and pii:read in clear (the read is logged)")
    public Views.HouseholdView get(@PathParam("id") long id, @QueryParam("purpose") @Size(max = 200) String purpose) {
        return households.get(id, purpose);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_WRITE)
    @Operation(summary = "Change a household and its member list (members left out are removed)")
    public Views.HouseholdView update(@PathParam("id") long id, @NotNull @Valid Commands.HouseholdInput body) {
        return households.update(id, body);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_READ)
    @Operation(summary = "Every revision of the household and its members (ID numbers masked)")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return households.history(id);
    }

    @POST
    @Path("/{id}/members/{memberId}/account")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_WRITE)
    @Operation(summary = "Open a resident account for a member (temporary password, changed at first sign-in)")
    public Response account(@PathParam("id") long id, @PathParam("memberId") long memberId,
                            @NotNull @Valid Commands.AccountInput body) {
        return Response.status(201).entity(households.createAccount(id, memberId, body)).build();
    }

    @GET
    @Path("/{id}/archive")
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_READ)
    @Operation(summary = "One-household-one-archive (一户一档, R7.4b)")
    public Views.HouseholdArchive archive(@PathParam("id") long id) {
        return archives.archive(id);
    }

    @GET
    @Path("/{id}/archive.pdf")
    @Produces("application/pdf")
    @RequiresPermissions(LeasingPermissions.HOUSEHOLD_READ)
    @Operation(summary = "The archive as PDF for a paper file")
    public Response archivePdf(@PathParam("id") long id) {
        byte[] pdf = archives.pdf(id, RequestLocale.current(), Downloads.organizationName(organizations));
        String number = households.get(id, null).number();
        return org.anju.kernel.api.Downloads.file(pdf, "application/pdf", "household-" + id + "-archive.pdf", "一户一档-" + number + ".pdf");
    }
}
