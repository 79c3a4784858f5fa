package org.anju.tenancy.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.CurrentPrincipal;
import org.anju.tenancy.application.OrganizationAdministration;
import org.anju.tenancy.application.TenancyPermissions;
import org.anju.tenancy.application.TenantMigrationService;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's own organization: profile, served divisions or jurisdiction, appointment record (R5.1a). */
@Path("/organization")
@Tag(name = "organization", description = "本单位信息 Own organization")
@Produces(MediaType.APPLICATION_JSON)
public class OwnOrganizationResource {

    @Inject
    OrganizationAdministration administration;

    @Inject
    TenantMigrationService migrations;

    @GET
    @RequiresPermissions(TenancyPermissions.ORGANIZATION_READ)
    @Operation(summary = "Profile of the caller's organization, including its appointment record")
    public OrganizationView own() {
        AnjuPrincipal p = CurrentPrincipal.require();
        return OrganizationView.of(administration.get(p.organizationCode()), migrations.currentFingerprint());
    }
}
