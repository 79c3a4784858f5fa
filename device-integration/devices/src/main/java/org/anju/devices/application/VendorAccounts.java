package org.anju.devices.application;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.anju.audit.api.AuditEntry;
import org.anju.audit.api.AuditReason;
import org.anju.audit.api.AuditTrail;
import org.anju.devices.domain.VendorAccount;
import org.anju.devices.domain.VendorAuthorization;
import org.anju.devices.domain.VendorKey;
import org.anju.devices.domain.VendorStatus;
import org.anju.devices.infrastructure.VendorSecretBox;
import org.anju.devices.infrastructure.VendorStore;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.TenantContext;

/**
 * Vendor accounts and their API keys, for platform admins (ADR 0020). Runs in the platform tenant (the admin's), one
 * transaction per use case. A new key is the rotation: the vendor's other open-ended keys end after the grace period,
 * so gateways can roll over without a gap; a revocation takes effect on the very next request (keys are never cached).
 */
@ApplicationScoped
@Transactional
public class VendorAccounts {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] KEY_ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789".toCharArray();

    @Inject
    VendorStore store;

    @Inject
    VendorSecretBox secrets;

    @Inject
    AuditTrail audit;

    @Inject
    OrganizationDirectory organizations;

    public Page<VendorViews.VendorView> list(String q, VendorStatus status, PageRequest page) {
        Instant now = Instant.now();
        return store.vendors(q, status, null, null, page).map(v -> view(v, now));
    }

    public VendorViews.VendorView create(VendorCommands.VendorInput in) {
        if (store.vendor(in.code()).isPresent()) {
            throw ProblemException.invalid("code", "devices.vendor.validation.code.taken", in.code());
        }
        Instant now = Instant.now();
        VendorAccount v = store.add(new VendorAccount(in.code(), details(in), now));
        try {
            store.em().flush();
        } catch (jakarta.persistence.PersistenceException e) {
            // Another admin created the same code a moment ago: the unique key decided; the transaction rolls back.
            throw ProblemException.invalid("code", "devices.vendor.validation.code.taken", in.code());
        }
        return view(v, now);
    }

    public VendorViews.VendorView get(String code) {
        return view(vendor(code), Instant.now());
    }

    public VendorViews.VendorView update(String code, VendorCommands.VendorInput in) {
        VendorAccount v = vendor(code);
        if (!v.code().equals(in.code())) {
            throw ProblemException.invalid("code", "devices.vendor.validation.code.immutable");
        }
        Instant now = Instant.now();
        v.apply(details(in), now);
        store.em().flush();
        return view(v, now);
    }

    public VendorViews.VendorView suspend(String code, String reason) {
        VendorAccount v = vendor(code);
        AuditReason.set(reason);
        Instant now = Instant.now();
        v.suspend(reason, now);
        store.em().flush();
        return view(v, now);
    }

    public VendorViews.VendorView resume(String code) {
        VendorAccount v = vendor(code);
        Instant now = Instant.now();
        v.resume(now);
        store.em().flush();
        return view(v, now);
    }

    public List<VendorViews.KeyView> keys(String code) {
        Instant now = Instant.now();
        return store.keys(vendor(code).id()).stream().map(k -> keyView(k, now)).toList();
    }

    /**
     * Issues a key (shown once) and ends the vendor's other open-ended keys after {@code graceDays}. Keys that already
     * end sooner keep their end: a rotation never lengthens a key's life.
     */
    public VendorViews.IssuedKey issueKey(String code, Integer graceDays) {
        VendorAccount v = vendor(code);
        // Two rotations at once would each leave a key without an end: one after the other, per vendor.
        store.em().lock(v, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        Instant now = Instant.now();
        Instant end = now.plus(Duration.ofDays(graceDays == null ? VendorCommands.DEFAULT_GRACE_DAYS : graceDays));
        List<String> rotated = new ArrayList<>();
        for (VendorKey old : store.keys(v.id())) {
            if (old.endAt(end, now)) {
                rotated.add(old.keyId());
            }
        }
        String keyId = newKeyId();
        String secret = newSecret();
        VendorKey k = store.add(new VendorKey(keyId, v.id(), secrets.seal(keyId, secret), TenantContext.actor(), now));
        store.em().flush();
        return new VendorViews.IssuedKey(keyId, secret, keyView(k, now), rotated);
    }

    public VendorViews.KeyView revokeKey(String code, String keyId, String reason) {
        VendorAccount v = vendor(code);
        VendorKey k = store.key(keyId).filter(x -> x.vendorId() == v.id())
                .orElseThrow(() -> ProblemException.notFound("vendor-key-not-found", keyId));
        Instant now = Instant.now();
        k.revoke(TenantContext.actor(), reason, now);
        store.em().flush();
        return keyView(k, now);
    }

    public List<VendorViews.AuthorizationView> organizations(String code) {
        VendorAccount v = vendor(code);
        return store.authorizationsOfVendor(v.id()).stream().map(a -> authorizationView(v, a)).toList();
    }

    public List<AuditEntry> history(String code) {
        VendorAccount v = vendor(code);
        return audit.history(VendorAccount.class, v.id(), x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", x.name());
            m.put("contactName", x.contactName());
            m.put("contactPhone", x.contactPhone());
            m.put("contactEmail", x.contactEmail());
            m.put("status", x.status());
            m.put("statusReason", x.statusReason());
            return m;
        });
    }

    VendorAccount vendor(String code) {
        return store.vendor(code).orElseThrow(() -> ProblemException.notFound("vendor-not-found", code));
    }

    VendorViews.AuthorizationView authorizationView(VendorAccount v, VendorAuthorization a) {
        String orgName = organizations.byCode(a.organizationCode()).map(OrganizationRef::name).orElse(null);
        return new VendorViews.AuthorizationView(v.code(), v.name(), a.organizationCode(), orgName, a.authorized(),
                a.authorizedAt(), a.authorizedBy(), a.withdrawnAt(), a.withdrawnBy());
    }

    private VendorViews.VendorView view(VendorAccount v, Instant now) {
        return new VendorViews.VendorView(v.code(), v.name(), v.contactName(), v.contactPhone(), v.contactEmail(),
                v.status().name(), v.statusReason(), v.statusChangedAt(), store.usableKeys(v.id(), now),
                store.authorizedOrganizations(v.id()), v.createdAt(), v.updatedAt(), v.version());
    }

    static VendorViews.KeyView keyView(VendorKey k, Instant now) {
        return new VendorViews.KeyView(k.keyId(), k.state(now).name(), k.createdAt(), k.createdBy(), k.expiresAt(),
                k.revokedAt(), k.revokedBy(), k.revokeReason(), k.lastUsedAt());
    }

    private static VendorAccount.Details details(VendorCommands.VendorInput in) {
        return new VendorAccount.Details(in.name().trim(), blank(in.contactName()), blank(in.contactPhone()),
                blank(in.contactEmail()));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    static String newKeyId() {
        StringBuilder b = new StringBuilder("vk_");
        for (int i = 0; i < 16; i++) {
            b.append(KEY_ID_ALPHABET[RANDOM.nextInt(KEY_ID_ALPHABET.length)]);
        }
        return b.toString();
    }

    static String newSecret() {
        byte[] raw = new byte[32];
        RANDOM.nextBytes(raw);
        return "vs_" + Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
    }
}
