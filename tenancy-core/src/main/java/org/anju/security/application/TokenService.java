package org.anju.security.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.anju.kernel.api.Transactions;
import org.anju.security.api.TokenRevocation;
import org.anju.security.domain.AccessToken;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Opaque bearer tokens: 256 random bits, base64url; only their SHA-256 is stored ({@code platform.access_token}).
 * Lifetime {@code anju.auth.token-ttl} (default 8 hours).
 */
@ApplicationScoped
public class TokenService implements TokenRevocation {

    /** A token as handed to the client, once. */
    public record Issued(String token, String hash, Instant expiresAt) {
        @Override
        public String toString() {
            return "Issued[expiresAt=" + expiresAt + "]"; // never log the token
        }
    }

    private final SecureRandom random = new SecureRandom();

    @PersistenceContext(unitName = "anju")
    EntityManager em;

    @Inject
    Transactions transactions;

    @Inject
    @ConfigProperty(name = "anju.auth.token-ttl", defaultValue = "PT8H")
    Duration ttl;

    public Issued issue(String organizationCode, long subjectId, String username, String clientIp) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = hash(token);
        Instant now = Instant.now();
        Instant expires = now.plus(ttl);
        TenantScope.call(TenantId.PLATFORM, username + "@" + organizationCode, () -> {
            transactions.runInNew(() -> em.persist(
                    new AccessToken(hash, organizationCode, subjectId, username, now, expires, clientIp)));
            return null;
        });
        return new Issued(token, hash, expires);
    }

    /** The stored token, or an {@link AuthenticationFailure}: unknown or revoked → token-invalid, past → token-expired. */
    public AccessToken validate(String token) {
        if (token == null || token.isBlank() || token.length() > 200) {
            throw new AuthenticationFailure(401, "token-invalid");
        }
        String hash = hash(token);
        AccessToken stored = TenantScope.call(TenantId.PLATFORM, "system", () ->
                transactions.inNew(() -> em.find(AccessToken.class, hash)));
        if (stored == null || stored.revoked()) {
            throw new AuthenticationFailure(401, "token-invalid");
        }
        if (stored.expired(Instant.now())) {
            throw new AuthenticationFailure(401, "token-expired");
        }
        return stored;
    }

    public void revoke(String tokenHash) {
        TenantScope.call(TenantId.PLATFORM, "system", () -> {
            transactions.runInNew(() -> {
                AccessToken t = em.find(AccessToken.class, tokenHash);
                if (t != null) {
                    t.revoke(Instant.now());
                }
            });
            return null;
        });
    }

    /** Revokes every live token of one account (disabled, password reset). Call outside any transaction. */
    @Override
    public int revokeAll(String organizationCode, long subjectId) {
        return TenantScope.call(TenantId.PLATFORM, "system", () -> transactions.inNew(() ->
                em.createQuery("UPDATE AccessToken t SET t.revokedAt = :now WHERE t.organizationCode = :org "
                                + "AND t.subjectId = :id AND t.revokedAt IS NULL")
                        .setParameter("now", Instant.now()).setParameter("org", organizationCode)
                        .setParameter("id", subjectId).executeUpdate()));
    }

    /** Revokes every live token of one account but the one in use (after a password change). */
    public int revokeAllExcept(String organizationCode, long subjectId, String keepHash) {
        return TenantScope.call(TenantId.PLATFORM, "system", () -> transactions.inNew(() ->
                em.createQuery("UPDATE AccessToken t SET t.revokedAt = :now WHERE t.organizationCode = :org "
                                + "AND t.subjectId = :id AND t.revokedAt IS NULL AND t.tokenHash <> :keep")
                        .setParameter("now", Instant.now()).setParameter("org", organizationCode)
                        .setParameter("id", subjectId).setParameter("keep", keepHash).executeUpdate()));
    }

    /** Forgets tokens that expired more than a week ago. */
    public int purgeExpired() {
        return TenantScope.call(TenantId.PLATFORM, "system", () -> transactions.inNew(() ->
                em.createQuery("DELETE FROM AccessToken t WHERE t.expiresAt < :limit")
                        .setParameter("limit", Instant.now().minus(Duration.ofDays(7))).executeUpdate()));
    }

    public static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
