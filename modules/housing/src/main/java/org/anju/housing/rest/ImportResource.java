package org.anju.housing.rest;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.housing.api.HousingPermissions;

import org.anju.housing.application.HousingImportService;
import org.anju.housing.domain.ImportJob;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.RequestLocale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Spreadsheet import of the housing stock: template, dry run, commit, progress. */
@Path("/imports")
@Tag(name = "housing-import", description = "房源导入导出 Housing import and export")
@Produces(MediaType.APPLICATION_JSON)
public class ImportResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    HousingImportService imports;

    @Inject
    org.anju.housing.application.HousingExportService exports;

    @GET
    @Path("/housing/template.xlsx")
    @Produces(XLSX)
    @RequiresPermissions(HousingPermissions.UNIT_IMPORT)
    @Operation(summary = "The import template: sheets 项目, 楼栋, 房源 with an example row, and instructions")
    public Response template() {
        StreamingOutput body = out -> exports.template(out);
        return Response.ok(body, XLSX).header("Content-Disposition", "attachment; filename=\"housing-template.xlsx\"").build();
    }

    @POST
    @Path("/housing")
    @Consumes({XLSX, "text/csv", MediaType.APPLICATION_OCTET_STREAM, "application/vnd.ms-excel"})
    @RequiresPermissions(HousingPermissions.UNIT_IMPORT)
    @Operation(summary = "Upload a spreadsheet (raw body) and start an import job: DRY_RUN, ALL_OR_NOTHING or VALID_ONLY")
    public Response submit(@QueryParam("fileName") @NotBlank @Size(max = 255) String fileName,
                           @QueryParam("mode") @DefaultValue("DRY_RUN") ImportJob.Mode mode,
                           InputStream body) {
        HousingImportService.ImportJobView job = imports.submit(body, fileName, mode, RequestLocale.current());
        return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @RequiresPermissions(HousingPermissions.UNIT_IMPORT)
    @Operation(summary = "An import job: state, progress, counts and the bad rows (sheet, row, column, message)")
    public HousingImportService.ImportJobView get(@PathParam("id") UUID id) {
        return imports.get(id, RequestLocale.current());
    }

    @POST
    @Path("/{id}/commit")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(HousingPermissions.UNIT_IMPORT)
    @Operation(summary = "Import the file of a finished dry run: ALL_OR_NOTHING or VALID_ONLY")
    public Response commit(@PathParam("id") UUID id, @NotNull @Valid HousingRequests.CommitRequest body) {
        HousingImportService.ImportJobView job = imports.commit(id, body.mode(), RequestLocale.current());
        return Response.accepted(job).location(URI.create("imports/" + job.id())).build();
    }

    @GET
    @RequiresPermissions(HousingPermissions.UNIT_IMPORT)
    @Operation(summary = "Recent import jobs")
    public Page<HousingImportService.ImportJobView> list(@QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                         @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        return imports.list(new PageRequest(page, size), RequestLocale.current());
    }
}
