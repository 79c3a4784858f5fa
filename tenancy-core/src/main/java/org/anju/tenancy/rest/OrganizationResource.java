package org.anju.tenancy.rest;

import java.net.URI;

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

import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.security.api.CurrentPrincipal;
import org.anju.security.application.SecurityPermissions;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.application.OrganizationAdministration;
import org.anju.tenancy.application.ProvisioningService;
import org.anju.tenancy.application.TenantMigrationService;
import org.anju.tenancy.domain.Organization;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Provisioning console API (P7, R5.1a): platform admins only. */
@Path("/platform/organizations")
@Tag(name = "platform", description = "单位开通与管理 Provisioning of operators and authorities")
@Produces(MediaType.APPLICATION_JSON)
public class OrganizationResource {

    @Inject
    ProvisioningService provisioning;

    @Inject
    OrganizationAdministration administration;

    @Inject
    TenantMigrationService migrations;

    @GET
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_READ)
    @Operation(summary = "List organizations: search by code or name, filter by kind and status, paged")
    public Page<OrganizationView> list(@QueryParam("q") @Size(max = 100) String q,
                                       @QueryParam("kind") OrganizationKind kind,
                                       @QueryParam("status") OrganizationStatus status,
                                       @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                       @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        String fingerprint = migrations.currentFingerprint();
        return administration.search(q, kind, status, new PageRequest(page, size))
                .map(e -> OrganizationView.of(e, fingerprint));
    }

    @POST
    @Idempotent
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_CREATE)
    @Operation(summary = "Provision an operator or an authority: schema migrated, admin able to sign in")
    public Response create(@NotNull @Valid CreateOrganizationRequest body) {
        Organization created = provisioning.provision(body.toSpec(), CurrentPrincipal.require().actor());
        OrganizationView view = OrganizationView.of(administration.get(created.code()), migrations.currentFingerprint());
        return Response.created(URI.create("platform/organizations/" + created.code())).entity(view).build();
    }

    @GET
    @Path("/{code}")
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_READ)
    @Operation(summary = "One organization with its appointment record and migration state")
    public OrganizationView get(@PathParam("code") String code) {
        return OrganizationView.of(administration.get(code), migrations.currentFingerprint());
    }

    @POST
    @Path("/{code}/suspend")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_SUSPEND)
    @Operation(summary = "Suspend: sign-ins and tokens refused with the reason; data kept")
    public OrganizationView suspend(@PathParam("code") String code, @NotNull @Valid SuspendRequest body) {
        return OrganizationView.of(administration.suspend(code, body.reason().trim(), CurrentPrincipal.require().actor()),
                migrations.currentFingerprint());
    }

    @POST
    @Path("/{code}/resume")
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_SUSPEND)
    @Operation(summary = "Resume a suspended organization")
    public OrganizationView resume(@PathParam("code") String code) {
        return OrganizationView.of(administration.resume(code, CurrentPrincipal.require().actor()),
                migrations.currentFingerprint());
    }

    @PUT
    @Path("/{code}/branding")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_BRAND)
    @Operation(summary = "Change display name, brand colour, logo and custom domain")
    public OrganizationView rebrand(@PathParam("code") String code,
                                    @NotNull @Valid CreateOrganizationRequest.BrandingRequest body) {
        return OrganizationView.of(administration.rebrand(code, body.toSpec(), CurrentPrincipal.require().actor()),
                migrations.currentFingerprint());
    }

    @POST
    @Path("/{code}/migrate")
    @RequiresPermissions(SecurityPermissions.ORGANIZATION_MIGRATE)
    @Operation(summary = "Migrate the organization's schema now; a failure leaves it unavailable (503) with the reason")
    public OrganizationView migrate(@PathParam("code") String code) {
        return OrganizationView.of(administration.migrate(code), migrations.currentFingerprint());
    }
}
