package org.anju.finance.rest;

import java.time.LocalDate;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

import org.anju.finance.api.FinancePermissions;
import org.anju.finance.application.ReconciliationService;
import org.anju.kernel.api.Downloads;
import org.anju.kernel.api.RequestLocale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The daily reconciliation report: channels against the ledger, the ledger's roll-forward, what to look at. */
@Path("/finance")
@Tag(name = "finance-reconciliation", description = "日对账 Daily reconciliation")
public class ReconciliationResource {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DATE = "\\d{4}-\\d{2}-\\d{2}";

    @Inject
    ReconciliationService reconciliation;

    @GET
    @Path("/reconciliation")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "Reconciliation of one day (date=YYYY-MM-DD, default yesterday, Asia/Shanghai)")
    public ReconciliationService.Report report(@QueryParam("date") @Pattern(regexp = DATE, message = "{finance.validation.date}") String date) {
        return reconciliation.report(day(date));
    }

    @GET
    @Path("/reconciliation.xlsx")
    @Produces(XLSX)
    @RequiresPermissions(FinancePermissions.READ)
    @Operation(summary = "The same report as Excel: channels, ledger roll-forward, discrepancies")
    public Response export(@QueryParam("date") @Pattern(regexp = DATE, message = "{finance.validation.date}") String date) {
        LocalDate day = day(date);
        Locale locale = RequestLocale.current();
        StreamingOutput body = out -> reconciliation.export(day, out, locale);
        return Downloads.file(body, XLSX, "reconciliation-" + day + ".xlsx", "日对账-" + day + ".xlsx");
    }

    private static LocalDate day(String date) {
        if (date == null || date.isBlank()) {
            return LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).minusDays(1);
        }
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw org.anju.kernel.api.ProblemException.invalid("date", "finance.validation.date");
        }
    }
}
