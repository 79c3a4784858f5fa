package org.anju.housing.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.housing.api.HousingPermissions;
import org.anju.housing.application.HousingExportService;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Export of the housing stock to Excel, in the import's layout. */
@Path("/exports")
@Tag(name = "housing-import")
public class ExportResource {

    @Inject
    HousingExportService exports;

    @GET
    @Path("/housing.xlsx")
    @Produces(ImportResource.XLSX)
    @RequiresPermissions(HousingPermissions.UNIT_EXPORT)
    @Operation(summary = "The housing stock (one project or all) in the import's layout")
    public Response export(@QueryParam("projectId") Long projectId) {
        StreamingOutput body = out -> exports.export(out, projectId);
        return Response.ok(body, ImportResource.XLSX)
                .header("Content-Disposition", "attachment; filename=\"housing.xlsx\"").build();
    }
}
