package org.anju.notify.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.anju.privacy.api.PersonalData;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organization's SMS log: what was sent to whom (masked) for what. With the development channel the bodies are
 * whole (a developer reads one-time codes here); production channels keep them redacted.
 */
@Path("/sms")
@Tag(name = "notices")
@Produces(MediaType.APPLICATION_JSON)
public class SmsLogResource {

    /** One message. */
    public record SmsView(long id, String phone, String purpose, String body, String channel, Instant createdAt) {
    }

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    PersonalData personalData;

    @GET
    @Transactional
    @RequiresPermissions("sms:read")
    @Operation(summary = "SMS sent, newest first; filter by the exact phone number")
    public List<SmsView> list(@QueryParam("phone") @Size(max = 20) String phone,
                              @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit) {
        String where = phone == null || phone.isBlank() ? "" : " WHERE phone_index = ?1";
        var q = em.createNativeQuery("SELECT id, phone_masked, purpose, body, channel, created_at FROM sms_message" + where
                + " ORDER BY created_at DESC, id DESC");
        if (!where.isEmpty()) {
            q.setParameter(1, personalData.index("phone", phone.trim()));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setMaxResults(limit).getResultList();
        return rows.stream().map(r -> new SmsView(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], NoticeResource.instant(r[5]))).toList();
    }
}
