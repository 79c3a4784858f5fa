package org.anju.privacy.rest;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.privacy.api.PrivacyPermissions;
import org.anju.privacy.application.KeyRotation;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The access log of personal data (who saw whose data, when, why) and key rotation (R8.2.1). */
@Path("/privacy")
@Tag(name = "privacy", description = "个人信息保护 Personal data protection")
@Produces(MediaType.APPLICATION_JSON)
public class PrivacyResource {

    /** One unmasked read. */
    public record AccessView(long id, Instant at, String actor, String subjectType, long subjectId, String subjectLabel,
                             List<String> fields, String purpose) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    KeyRotation rotation;

    /** The fields read, stored comma-separated. */
    static List<String> fieldsOf(String stored) {
        return stored == null || stored.isBlank() ? List.of() : List.of(stored.split(","));
    }

    @GET
    @Path("/access-log")
    @Transactional
    @RequiresPermissions(PrivacyPermissions.AUDIT)
    @Operation(summary = "Unmasked reads of personal data, newest first; filter by subject")
    public Page<AccessView> accessLog(@QueryParam("subjectType") @Size(max = 30) String subjectType,
                                      @QueryParam("subjectId") Long subjectId,
                                      @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                      @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        PageRequest p = new PageRequest(page, size);
        String where = " WHERE (CAST(?1 AS varchar) IS NULL OR subject_type = ?1) AND (CAST(?2 AS bigint) IS NULL OR subject_id = ?2)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, at, actor, subject_type, subject_id, subject_label, fields, purpose "
                        + "FROM pii_access_log" + where + " ORDER BY at DESC, id DESC")
                .setParameter(1, subjectType).setParameter(2, subjectId)
                .setFirstResult(p.offset()).setMaxResults(p.size()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM pii_access_log" + where)
                .setParameter(1, subjectType).setParameter(2, subjectId).getSingleResult()).longValue();
        return new Page<>(rows.stream().map(r -> new AccessView(((Number) r[0]).longValue(), toInstant(r[1]), (String) r[2],
                (String) r[3], ((Number) r[4]).longValue(), (String) r[5], fieldsOf((String) r[6]), (String) r[7])).toList(),
                total, p.page(), p.size());
    }

    @POST
    @Path("/keys/rotate")
    @RequiresPermissions(PrivacyPermissions.ADMIN)
    @Operation(summary = "Rotate the organization's data key and re-seal every sealed value")
    public KeyRotation.Result rotate() {
        return rotation.rotate();
    }

    private static Instant toInstant(Object v) {
        if (v instanceof Instant i) {
            return i;
        }
        if (v instanceof java.time.OffsetDateTime o) {
            return o.toInstant();
        }
        return ((java.sql.Timestamp) v).toInstant();
    }
}
