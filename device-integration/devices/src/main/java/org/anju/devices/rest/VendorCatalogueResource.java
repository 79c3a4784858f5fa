package org.anju.devices.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.devices.application.VendorAuthorizations;
import org.anju.devices.application.VendorCommands;
import org.anju.devices.application.VendorPermissionCatalog;
import org.anju.devices.application.VendorViews;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The vendor catalogue and the operator's authorisations (docs/api/vendor-api.md section 2). */
@Path("/vendors")
@Tag(name = "devices", description = "设备厂商授权 Vendor authorisation")
@Produces(MediaType.APPLICATION_JSON)
public class VendorCatalogueResource {

    @Inject
    VendorAuthorizations authorizations;

    @GET
    @RequiresPermissions(VendorPermissionCatalog.READ)
    @Operation(summary = "Every vendor with this organization's authorisation of it")
    public Page<VendorViews.CatalogueEntry> list(@QueryParam("q") @Size(max = 100) String q,
                                                 @QueryParam("authorized") Boolean authorized,
                                                 @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                 @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return authorizations.catalogue(q, authorized, new PageRequest(page, size));
    }

    @GET
    @Path("/authorization-log")
    @RequiresPermissions(VendorPermissionCatalog.READ)
    @Operation(summary = "Who authorised or withdrew which vendor for this organization, newest first")
    public Page<VendorViews.LogEntry> log(@QueryParam("vendor") @Size(max = 32) String vendor,
                                          @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                          @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return authorizations.log(vendor, new PageRequest(page, size));
    }

    @GET
    @Path("/{code}")
    @RequiresPermissions(VendorPermissionCatalog.READ)
    @Operation(summary = "One vendor with this organization's authorisation of it")
    public VendorViews.CatalogueEntry get(@PathParam("code") String code) {
        return authorizations.get(code);
    }

    @PUT
    @Path("/{code}/authorization")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.AUTHORIZE)
    @Operation(summary = "Authorise the vendor for this organization (repeating it changes nothing)")
    public VendorViews.CatalogueEntry authorize(@PathParam("code") String code, @Valid VendorCommands.AuthorizeInput body) {
        return authorizations.authorize(code, body == null ? null : body.note());
    }

    @DELETE
    @Path("/{code}/authorization")
    @RequiresPermissions(VendorPermissionCatalog.AUTHORIZE)
    @Operation(summary = "Withdraw the vendor's authorisation: its next call for this organization is refused")
    public VendorViews.CatalogueEntry withdraw(@PathParam("code") String code) {
        return authorizations.withdraw(code);
    }
}
