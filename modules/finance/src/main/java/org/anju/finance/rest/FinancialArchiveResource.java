package org.anju.finance.rest;

import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.FinancialArchive;
import org.anju.kernel.api.RequestLocale;
import org.anju.kernel.api.Downloads;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The financial archive of a household as a workbook (R7.4d); the same tables appear in its one-household-one-archive. */
@Path("/finance/households/{householdId}")
@Tag(name = "finance-archive", description = "财务档案 Financial archive")
public class FinancialArchiveResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    FinancialArchive archive;

    @GET
    @Path("/archive.xlsx")
    @Produces(XLSX)
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Receivables, bills pushed, payments, rent adjustments and dunning of a household, as Excel")
    public Response export(@PathParam("householdId") long householdId) {
        Locale locale = RequestLocale.current();
        StreamingOutput body = out -> archive.export(householdId, out, locale);
        return Downloads.file(body, XLSX, "finance-" + householdId + ".xlsx", "财务档案-" + householdId + ".xlsx");
    }
}
