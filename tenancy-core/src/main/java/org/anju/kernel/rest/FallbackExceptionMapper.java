package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantUnavailableException;

/**
 * Everything else. Known database refusals become 409/400 (a unique key or a reference raced past validation);
 * anything unexpected is 500 with an incident id that is logged with the stack trace, which never reaches the client.
 */
@Provider
public class FallbackExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FallbackExceptionMapper.class.getName());

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Throwable e) {
        return ProblemJson.response(RequestLocale.current(), toProblem(e), Problems.instance(uriInfo));
    }

    ProblemException toProblem(Throwable e) {
        ProblemException problem = JsonInputExceptionMapper.find(e, ProblemException.class);
        if (problem != null) {
            return problem;
        }
        TenantUnavailableException unavailable = JsonInputExceptionMapper.find(e, TenantUnavailableException.class);
        if (unavailable != null) {
            return new ProblemException(503, "organization-unavailable", unavailable.organizationCode(),
                    unavailable.getMessage());
        }
        if (JsonInputExceptionMapper.find(e, OptimisticLockException.class) != null
                || JsonInputExceptionMapper.find(e, org.hibernate.StaleStateException.class) != null) {
            return new ProblemException(409, "concurrent-modification");
        }
        SQLException sql = JsonInputExceptionMapper.find(e, SQLException.class);
        if (sql != null && sql.getSQLState() != null) {
            switch (sql.getSQLState()) {
                case "23505":
                    return new ProblemException(409, "conflict");
                case "23503":
                    return new ProblemException(409, "conflict-reference");
                case "22001":
                    return new ProblemException(400, "value-too-long");
                default:
                    break;
            }
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident + " at " + Problems.instance(uriInfo), e);
        return new ProblemException(500, "internal", incident).with("incident", incident);
    }
}
