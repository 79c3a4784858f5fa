package org.anju.devices.application;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.anju.devices.domain.VendorAccount;
import org.anju.devices.domain.VendorAuthorization;
import org.anju.devices.domain.VendorKey;
import org.anju.devices.domain.VendorSignature;
import org.anju.devices.infrastructure.VendorNonces;
import org.anju.devices.infrastructure.VendorSecretBox;
import org.anju.devices.infrastructure.VendorStore;
import org.anju.kernel.api.ProblemException;
import org.anju.kernel.api.Transactions;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;

/**
 * The door of the vendor API (ADR 0020): proves who signed a request, then whether that vendor may reach an
 * organization. Both read the platform registry in a transaction of their own, before any organization's tenant is
 * entered; keys and authorisations are read from the database on every request (never cached), so a revocation,
 * suspension or withdrawal holds from the next request on, on every node.
 */
@ApplicationScoped
public class VendorGate {

    /** What the signature filter read from the request; the body is already reduced to its SHA-256. */
    public record SignedRequest(String keyId, String method, String pathAndQuery, String timestamp, String nonce,
                                String signature, String bodySha256) {
    }

    @Inject
    VendorStore store;

    @Inject
    VendorSecretBox secrets;

    @Inject
    VendorNonces nonces;

    @Inject
    Transactions transactions;

    @Inject
    OrganizationDirectory organizations;

    /**
     * The vendor that signed the request, or a 401 problem naming why not. The checks run in the documented order
     * (docs/api/vendor-api.md section 3); only a request that is authentic and fresh consumes its nonce.
     */
    public VendorViews.Caller authenticate(SignedRequest r) {
        Verdict v = TenantScope.call(TenantId.PLATFORM, "system:vendor-api", () -> transactions.inNew(() -> check(r)));
        if (v.refusal() != null) {
            // Thrown after the transaction, not through it: a refusal is an answer, not a failure to be logged.
            throw v.refusal();
        }
        return v.caller();
    }

    /** The outcome of the checks: a caller, or the refusal to answer with. */
    private record Verdict(VendorViews.Caller caller, ProblemException refusal) {
        static Verdict refuse(String code, Object... args) {
            return new Verdict(null, new ProblemException(401, code, args));
        }
    }

    private Verdict check(SignedRequest r) {
        Instant now = Instant.now();
        VendorKey key = store.key(r.keyId()).orElse(null);
        if (key == null) {
            return Verdict.refuse("key-unknown", r.keyId());
        }
        switch (key.state(now)) {
            case REVOKED -> {
                return Verdict.refuse("key-revoked", r.keyId());
            }
            case EXPIRED -> {
                return Verdict.refuse("key-expired", r.keyId(), key.expiresAt().toString());
            }
            default -> { }
        }
        String secret = secrets.open(key.keyId(), key.sealedSecret());
        String canonical = VendorSignature.canonical(r.keyId(), r.method(), r.pathAndQuery(), r.timestamp(),
                r.nonce(), r.bodySha256());
        if (!VendorSignature.matches(VendorSignature.sign(secret, canonical), r.signature())) {
            return Verdict.refuse("signature-invalid");
        }
        long ts = Long.parseLong(r.timestamp());
        if (!VendorSignature.withinSkew(ts, now)) {
            return new Verdict(null, new ProblemException(401, "timestamp-skew", VendorSignature.MAX_SKEW.toSeconds())
                    .with("serverTime", now.getEpochSecond()));
        }
        if (!nonces.claim(key.keyId(), r.nonce(), VendorSignature.nonceExpiry(ts))) {
            return Verdict.refuse("nonce-reused");
        }
        VendorAccount vendor = store.vendor(key.vendorId()).orElse(null);
        if (vendor == null) {
            return Verdict.refuse("key-unknown", r.keyId());
        }
        if (!vendor.active()) {
            return Verdict.refuse("vendor-suspended", vendor.code());
        }
        if (secrets.needsReseal(key.sealedSecret())) {
            key.reseal(secrets.seal(key.keyId(), secret)); // a master key change: move it to the new key as it is used
        }
        store.touch(key.keyId(), now);
        return new Verdict(new VendorViews.Caller(vendor.id(), vendor.code(), vendor.name(), key.keyId(),
                key.expiresAt()), null);
    }

    /**
     * The tenant of an organization the vendor may reach: an active operator that authorised it. 403
     * {@code vendor-not-authorized} alike for an organization that does not exist, is not an operator, or did not
     * authorise the vendor, so a vendor cannot probe which organizations exist.
     */
    public TenantId enter(VendorViews.Caller caller, String organizationCode) {
        if (!TenantId.isValidOrganizationCode(organizationCode)) {
            throw new ProblemException(403, "vendor-not-authorized", String.valueOf(organizationCode));
        }
        boolean authorized = TenantScope.call(TenantId.PLATFORM, caller.actor(), () -> transactions.inNew(() ->
                store.authorization(caller.vendorId(), organizationCode).map(VendorAuthorization::authorized)
                        .orElse(false)));
        OrganizationRef org = organizations.byCode(organizationCode).orElse(null);
        if (!authorized || org == null || org.kind() != OrganizationKind.OPERATOR) {
            throw new ProblemException(403, "vendor-not-authorized", organizationCode);
        }
        if (org.suspended()) {
            throw new ProblemException(403, "organization-suspended", org.name(),
                    org.statusReason() == null ? "" : org.statusReason());
        }
        if (!org.available()) {
            throw new ProblemException(503, "organization-unavailable", org.code(),
                    org.migrationError() == null ? org.migrationStatus().name() : org.migrationError());
        }
        return org.tenant();
    }

    /** The organizations that authorised the vendor, for {@code GET /vendor/me}. */
    public List<VendorViews.OrganizationEntry> organizationsOf(VendorViews.Caller caller) {
        List<VendorAuthorization> rows = TenantScope.call(TenantId.PLATFORM, caller.actor(), () -> transactions.inNew(() ->
                store.authorizationsOfVendor(caller.vendorId())));
        return rows.stream().filter(VendorAuthorization::authorized)
                .map(a -> new VendorViews.OrganizationEntry(a.organizationCode(),
                        organizations.byCode(a.organizationCode()).map(OrganizationRef::name).orElse(null),
                        a.authorizedAt()))
                .toList();
    }
}
