package org.anju.leasing.infrastructure;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

import org.anju.leasing.api.ESignatureProvider;

/**
 * The built-in provider: the platform itself is the witness. The PDF is kept as rendered (the signature drawing is in
 * it) and the evidence records its SHA-256, the signing time and the signer's device; no third-party certificate.
 */
@ApplicationScoped
public class LocalSignatureProvider implements ESignatureProvider {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Sealed seal(SigningRequest r) {
        Map<String, Object> evidence = new LinkedHashMap<>();
        evidence.put("provider", name());
        evidence.put("lease", r.leaseNumber());
        evidence.put("signer", r.signerName());
        evidence.put("signerId", r.signerIdMasked());
        evidence.put("signedAt", r.signedAt().toString());
        evidence.put("ip", r.ip());
        evidence.put("userAgent", r.userAgent());
        evidence.put("sha256", Hashes.sha256Hex(r.pdf()));
        evidence.put("method", "handwritten signature drawing + SMS one-time code");
        return new Sealed(r.pdf(), JSON.toJson(evidence));
    }
}
