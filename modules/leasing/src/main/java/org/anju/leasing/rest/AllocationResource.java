package org.anju.leasing.rest;

import java.io.IOException;
import java.io.InputStream;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.kernel.api.RequestLocale;
import org.anju.leasing.api.LeasingPermissions;
import org.anju.leasing.application.AllocationService;
import org.anju.leasing.application.Commands;
import org.anju.leasing.application.Views;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Allocation results (配租, R6.2a1): template, spreadsheet or JSON import, dry run. */
@Path("/allocations")
@Tag(name = "leasing")
@Produces(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    AllocationService allocations;

    @GET
    @Path("/template.xlsx")
    @Produces(LeaseResource.XLSX)
    @RequiresPermissions(LeasingPermissions.ALLOCATION_IMPORT)
    @Operation(summary = "The allocation template with an example row and instructions")
    public Response template() {
        java.util.Locale locale = RequestLocale.current();
        StreamingOutput body = out -> allocations.template(out, locale);
        return org.anju.kernel.api.Downloads.file(body, LeaseResource.XLSX, "allocation-template.xlsx", "配租结果导入模板.xlsx");
    }

    @POST
    @Consumes({LeaseResource.XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM})
    @RequiresPermissions(LeasingPermissions.ALLOCATION_IMPORT)
    @Operation(summary = "Import an allocation spreadsheet (raw body): all rows or none; dryRun=true only checks")
    public Views.AllocationResult upload(@QueryParam("fileName") @Size(max = 255) String fileName,
                                         @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                                         InputStream body) throws IOException {
        return allocations.fromFile(body, fileName == null ? "upload" : fileName, dryRun, RequestLocale.current());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(LeasingPermissions.ALLOCATION_IMPORT)
    @Operation(summary = "Allocation rows as JSON (the authority's system): all rows or none")
    public Views.AllocationResult rows(@NotNull @Valid Commands.AllocationInput body) {
        return allocations.fromJson(body, RequestLocale.current());
    }
}
