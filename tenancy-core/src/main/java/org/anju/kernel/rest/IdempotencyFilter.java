package org.anju.kernel.rest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.anju.kernel.api.Idempotent;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.application.IdempotencyStore;
import org.anju.security.api.CurrentPrincipal;

/**
 * {@code Idempotency-Key} for {@link Idempotent} writes. Runs after authorization (a refused caller reserves
 * nothing); keys are scoped to the caller, the method and the path; only successful answers are kept, so a failed
 * attempt can be retried with the same key.
 */
@Provider
@Idempotent
@Priority(Priorities.USER)
public class IdempotencyFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final String RESERVATION = IdempotencyFilter.class.getName() + ".reservation";
    private static final Jsonb JSONB = JsonbBuilder.create();

    private record Reservation(String scope, String key) {
    }

    @Inject
    IdempotencyStore store;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        String key = request.getHeaderString(HEADER);
        if (key == null) {
            return;
        }
        if (key.isBlank() || key.length() > 200) {
            throw ProblemException.invalid(HEADER, "validation.idempotency-key");
        }
        byte[] body = request.hasEntity() ? request.getEntityStream().readAllBytes() : new byte[0];
        request.setEntityStream(new ByteArrayInputStream(body));
        String scope = CurrentPrincipal.get().map(p -> p.organizationCode() + "/" + p.username()).orElse("anonymous")
                + " " + request.getMethod() + " " + request.getUriInfo().getPath();
        IdempotencyStore.Decision decision = store.reserve(scope, key, sha256(request.getMethod(), scope, body));
        switch (decision.outcome()) {
            case RESERVED -> request.setProperty(RESERVATION, new Reservation(scope, key));
            case REPLAY -> {
                IdempotencyStore.Stored s = decision.stored();
                Response.ResponseBuilder rb = Response.status(s.status()).header("Idempotent-Replayed", "true");
                if (s.body() != null) {
                    rb.entity(s.body()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"));
                }
                if (s.location() != null) {
                    rb.header("Location", s.location());
                }
                request.abortWith(rb.build());
            }
            case IN_PROGRESS -> throw new ProblemException(409, "idempotency-in-progress");
            case MISMATCH -> throw new ProblemException(422, "idempotency-key-reused");
            default -> throw new IllegalStateException(decision.outcome().name());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!(request.getProperty(RESERVATION) instanceof Reservation r)) {
            return;
        }
        if (response.getStatus() >= 200 && response.getStatus() < 300) {
            Object entity = response.getEntity();
            String body = entity == null ? null : entity instanceof String s ? s : JSONB.toJson(entity);
            String location = response.getHeaderString("Location");
            store.complete(r.scope(), r.key(), response.getStatus(), body, location);
        } else {
            store.release(r.scope(), r.key());
        }
    }

    private static String sha256(String method, String scope, byte[] body) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(method.getBytes(StandardCharsets.UTF_8));
            md.update(scope.getBytes(StandardCharsets.UTF_8));
            md.update(body);
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
