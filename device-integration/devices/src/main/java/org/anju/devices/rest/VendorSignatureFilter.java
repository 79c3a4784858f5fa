package org.anju.devices.rest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Set;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;

import org.anju.devices.application.VendorGate;
import org.anju.devices.application.VendorPermissionCatalog;
import org.anju.devices.application.VendorViews;
import org.anju.devices.domain.VendorSignature;
import org.anju.kernel.api.ProblemException;
import org.anju.security.api.AnjuPrincipal;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.TenantId;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.subject.SimplePrincipalCollection;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.util.ThreadContext;

/**
 * Authenticates every request under {@code /api/v1/vendor/} by its HMAC signature (docs/api/vendor-api.md section 3,
 * ADR 0020) before any resource is matched: an unsigned probe of a vendor path gets 401, not a map of which paths
 * exist. The raw body is read once, hashed, and handed on unchanged to the resource.
 *
 * <p>A valid signature makes the request's Shiro subject a vendor principal holding only {@code vendor-api:call}, so the
 * vendor resources declare a permission like every other endpoint and no user's token can reach them (no role can
 * grant that permission); the principal lives for this request only (Shiro's filter restores the thread after it).
 * The principal's tenant is the platform's, but nothing runs there on its behalf: the resources enter an
 * organization's tenant only through {@link VendorGate#enter}.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class VendorSignatureFilter implements ContainerRequestFilter {

    /** The request attribute (servlet request attribute, too) holding the {@link VendorViews.Caller}. */
    public static final String CALLER = VendorSignatureFilter.class.getName() + ".caller";
    /** The largest body the vendor API reads (events are 4 KiB, registrations far less). */
    public static final int MAX_BODY = 1024 * 1024;

    @Inject
    VendorGate gate;

    @Override
    public void filter(ContainerRequestContext request) throws IOException {
        if (!isVendorPath(request.getUriInfo().getPath())) {
            return;
        }
        if (request.getHeaderString("Authorization") != null) {
            throw new ProblemException(401, "signature-missing", "Authorization");
        }
        String keyId = header(request, VendorSignature.KEY_HEADER);
        String timestamp = header(request, VendorSignature.TIMESTAMP_HEADER);
        String nonce = header(request, VendorSignature.NONCE_HEADER);
        String signature = header(request, VendorSignature.SIGNATURE_HEADER);
        if (!VendorSignature.KEY_ID.matcher(keyId).matches()) {
            throw new ProblemException(401, "key-unknown", keyId.length() > 40 ? keyId.substring(0, 40) : keyId);
        }
        require(VendorSignature.TIMESTAMP.matcher(timestamp).matches(), VendorSignature.TIMESTAMP_HEADER);
        require(VendorSignature.NONCE.matcher(nonce).matches(), VendorSignature.NONCE_HEADER);
        require(VendorSignature.SIGNATURE.matcher(signature).matches(), VendorSignature.SIGNATURE_HEADER);

        byte[] body = readBody(request);
        request.setEntityStream(new java.io.ByteArrayInputStream(body));
        URI uri = request.getUriInfo().getRequestUri();
        String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());

        VendorViews.Caller caller = gate.authenticate(new VendorGate.SignedRequest(keyId, request.getMethod(), target,
                timestamp, nonce, signature, VendorSignature.bodySha256(body)));
        request.setProperty(CALLER, caller);
        AnjuPrincipal principal = new AnjuPrincipal(TenantId.PLATFORM_CODE, OrganizationKind.PLATFORM,
                TenantId.PLATFORM, caller.vendorId(), caller.actor(), caller.name(), Set.of("vendor"),
                Set.of(VendorPermissionCatalog.CALL), null, false);
        Subject subject = new Subject.Builder(SecurityUtils.getSecurityManager())
                .principals(new SimplePrincipalCollection(principal, "vendor"))
                .authenticated(true).sessionCreationEnabled(false).buildSubject();
        ThreadContext.bind(subject);
    }

    static boolean isVendorPath(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return p.equals("vendor") || p.startsWith("vendor/");
    }

    private static String header(ContainerRequestContext request, String name) {
        String v = request.getHeaderString(name);
        if (v == null || v.isBlank()) {
            throw new ProblemException(401, "signature-missing", name);
        }
        return v.trim();
    }

    private static void require(boolean wellFormed, String header) {
        if (!wellFormed) {
            throw new ProblemException(401, "signature-missing", header);
        }
    }

    private static byte[] readBody(ContainerRequestContext request) throws IOException {
        InputStream in = request.getEntityStream();
        if (in == null) {
            return new byte[0];
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = in.read(buf)) > 0) {
            if (out.size() + n > MAX_BODY) {
                throw new ProblemException(413, "vendor-body-too-large", MAX_BODY);
            }
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }
}
