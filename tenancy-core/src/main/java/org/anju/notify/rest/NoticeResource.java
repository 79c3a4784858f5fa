package org.anju.notify.rest;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.kernel.api.ProblemException;
import org.anju.security.api.CurrentPrincipal;
import org.apache.shiro.authz.annotation.RequiresAuthentication;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The signed-in user's in-app notices. */
@Path("/notices")
@Tag(name = "notices", description = "站内通知 Notices")
@Produces(MediaType.APPLICATION_JSON)
public class NoticeResource {

    /** One notice. */
    public record NoticeView(long id, String category, String title, String body, String link, Instant createdAt,
                             Instant readAt) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @GET
    @Transactional
    @RequiresAuthentication
    @Operation(summary = "My notices, newest first; unread only on request")
    public List<NoticeView> mine(@QueryParam("unread") @DefaultValue("false") boolean unread,
                                 @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        if (CurrentPrincipal.require().tenant().isPlatform()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, category, title, body, link, created_at, read_at FROM notice "
                        + "WHERE user_id = ?1" + (unread ? " AND read_at IS NULL" : "") + " ORDER BY created_at DESC, id DESC")
                .setParameter(1, CurrentPrincipal.require().subjectId()).setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new NoticeView(((Number) r[0]).longValue(), (String) r[1], (String) r[2],
                (String) r[3], (String) r[4], instant(r[5]), instant(r[6]))).toList();
    }

    @POST
    @Path("/{id}/read")
    @Transactional
    @RequiresAuthentication
    @Operation(summary = "Mark one of my notices read")
    public Response read(@PathParam("id") long id) {
        int n = em.createNativeQuery("UPDATE notice SET read_at = COALESCE(read_at, ?1) WHERE id = ?2 AND user_id = ?3")
                .setParameter(1, java.sql.Timestamp.from(Instant.now())).setParameter(2, id)
                .setParameter(3, CurrentPrincipal.require().subjectId()).executeUpdate();
        if (n == 0) {
            throw ProblemException.notFound("notice-not-found", id);
        }
        return Response.noContent().build();
    }

    static Instant instant(Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) v).toInstant();
    }
}
