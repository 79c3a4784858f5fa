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
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.audit.api.AuditEntry;
import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.RequestLocale;
import org.anju.leasing.api.LeaseKind;
import org.anju.leasing.api.LeaseStatus;
import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.ApprovalService;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.LeaseService;
import org.anju.leasing.application.LeasingRules;
import org.anju.leasing.application.OccupancyService;
import org.anju.leasing.application.SigningService;
import org.anju.leasing.application.Views;
import org.anju.leasing.domain.Decision;
import org.anju.leasing.domain.LeaseFilter;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Leases (租赁合同): drafting, approval, the contract, check-in, move-out, lists and history. */
@Path("/leases")
@Tag(name = "leasing")
@Produces(MediaType.APPLICATION_JSON)
public class LeaseResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    LeaseService leases;

    @Inject
    ApprovalService approvals;

    @Inject
    SigningService signing;

    @Inject
    OccupancyService occupancy;

    @GET
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "List leases; q matches the lease or household number, the applicant or the unit")
    public Page<Views.LeaseSummary> list(@QueryParam("status") LeaseStatus status, @QueryParam("kind") LeaseKind kind,
                                         @QueryParam("q") @Size(max = 100) String q,
                                         @QueryParam("householdId") Long householdId, @QueryParam("unitId") Long unitId,
                                         @QueryParam("projectId") Long projectId,
                                         @QueryParam("expiringWithinDays") @Min(0) @Max(3650) Integer expiringWithinDays,
                                         @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return leases.search(filter(status, kind, q, householdId, unitId, projectId, expiringWithinDays),
                new PageRequest(page, size));
    }

    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "The filtered list as Excel")
    public Response export(@QueryParam("status") LeaseStatus status, @QueryParam("kind") LeaseKind kind,
                           @QueryParam("q") @Size(max = 100) String q, @QueryParam("householdId") Long householdId,
                           @QueryParam("unitId") Long unitId, @QueryParam("projectId") Long projectId,
                           @QueryParam("expiringWithinDays") @Min(0) @Max(3650) Integer expiringWithinDays) {
        LeaseFilter f = filter(status, kind, q, householdId, unitId, projectId, expiringWithinDays);
        java.util.Locale locale = RequestLocale.current();
        StreamingOutput body = out -> leases.export(out, f, locale);
        return org.anju.kernel.api.Downloads.file(body, XLSX, "leases.xlsx", "租赁合同.xlsx");
    }

    private static LeaseFilter filter(LeaseStatus status, LeaseKind kind, String q, Long householdId,
                                                   Long unitId, Long projectId, Integer expiringWithinDays) {
        return new LeaseFilter(status, kind, q, householdId, unitId, projectId,
                expiringWithinDays == null ? null : LeasingRules.today().plusDays(expiringWithinDays));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_WRITE)
    @Operation(summary = "Draft a lease for a household on a unit pending allocation")
    public Response create(@NotNull @Valid Commands.LeaseInput body) {
        Views.LeaseView l = leases.draft(body);
        return Response.created(URI.create("leases/" + l.id())).entity(l).build();
    }

    @GET
    @Path("/inbox")
    @RequiresPermissions(LeasingPermissions.LEASE_APPROVE)
    @Operation(summary = "Leases waiting for the caller's approval")
    public Page<Views.LeaseSummary> inbox(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return approvals.inbox(new PageRequest(page, size));
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "A lease with its approval steps, acknowledgements, signature and check-in")
    public Views.LeaseView get(@PathParam("id") long id) {
        return leases.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_WRITE)
    @Operation(summary = "Change the terms of a draft")
    public Views.LeaseView update(@PathParam("id") long id, @NotNull @Valid Commands.LeaseInput body) {
        return leases.update(id, body);
    }

    @POST
    @Path("/{id}/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_WRITE)
    @Operation(summary = "Submit a draft for approval (step 1 of its type's workflow)")
    public Views.LeaseView submit(@PathParam("id") long id, @Valid Commands.Comment body) {
        return approvals.submit(id, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_APPROVE)
    @Operation(summary = "Approve at the current step (the caller must hold one of its roles)")
    public Views.LeaseView approve(@PathParam("id") long id, @Valid Commands.Comment body) {
        return approvals.decide(id, Decision.APPROVE, body == null ? null : body.comment());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_APPROVE)
    @Operation(summary = "Reject (final), with the reason")
    public Views.LeaseView reject(@PathParam("id") long id, @NotNull @Valid Commands.Reason body) {
        return approvals.decide(id, Decision.REJECT, body.reason());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_APPROVE)
    @Operation(summary = "Return to draft for changes, with the reason")
    public Views.LeaseView giveBack(@PathParam("id") long id, @NotNull @Valid Commands.Reason body) {
        return approvals.decide(id, Decision.RETURN, body.reason());
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_WRITE)
    @Operation(summary = "Cancel a draft, an approved or a signed lease before check-in")
    public Views.LeaseView cancel(@PathParam("id") long id, @NotNull @Valid Commands.Reason body) {
        return leases.cancel(id, body.reason());
    }

    @GET
    @Path("/{id}/contract.pdf")
    @Produces("application/pdf")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "The contract: the signed PDF (X-Content-SHA256) or a preview")
    public Response contract(@PathParam("id") long id) {
        SigningService.Pdf pdf = signing.contractPdf(id, false);
        return MyResource.pdf(pdf);
    }

    @GET
    @Path("/{id}/evidence")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "The signing evidence: who, when, where, code delivery, acknowledgements, SHA-256")
    public Views.EvidenceView evidence(@PathParam("id") long id) {
        return signing.evidence(id);
    }

    @GET
    @Path("/{id}/events")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "Every lifecycle transition with actor and reason (R7.4c)")
    public List<Views.EventView> events(@PathParam("id") long id) {
        return leases.events(id);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermissions(LeasingPermissions.LEASE_READ)
    @Operation(summary = "Revision history of the lease record")
    public List<AuditEntry> history(@PathParam("id") long id) {
        return leases.history(id);
    }

    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_WRITE)
    @Operation(summary = "Register the household moving in: the lease turns ACTIVE, the unit OCCUPIED (R6.2a2)")
    public Views.LeaseView checkIn(@PathParam("id") long id, @NotNull @Valid Commands.CheckInInput body) {
        return occupancy.checkIn(id, body);
    }

    @POST
    @Path("/{id}/terminate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.LEASE_TERMINATE)
    @Operation(summary = "Terminate and move out with the checklist; the unit goes VACANT or UNDER_REPAIR")
    public Views.LeaseView terminate(@PathParam("id") long id, @NotNull @Valid Commands.TerminateInput body) {
        return occupancy.terminate(id, body);
    }
}
