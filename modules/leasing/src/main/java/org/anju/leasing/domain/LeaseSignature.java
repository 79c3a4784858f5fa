package org.anju.leasing.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The evidence of a signed lease (R6.3a): who signed, when, from where, the handwritten signature and the signed PDF
 * (both sealed: they carry personal data), the PDF's SHA-256, the provider that sealed it and its evidence record.
 * One per lease (the primary key is the lease): a second signature is impossible by construction.
 */
@Entity
@Table(name = "lease_signature")
public class LeaseSignature {

    @Id
    @Column(name = "lease_id")
    private Long leaseId;

    @Column(name = "signer_member_id", nullable = false, updatable = false)
    private long signerMemberId;

    @Column(name = "signer_user_id", nullable = false, updatable = false)
    private long signerUserId;

    @Column(name = "signed_at", nullable = false, updatable = false)
    private Instant signedAt;

    @Column(name = "ip", updatable = false, length = 64)
    private String ip;

    @Column(name = "user_agent", updatable = false, length = 500)
    private String userAgent;

    @Column(name = "signature_sealed", nullable = false, columnDefinition = "text")
    private String signatureSealed;

    @Column(name = "pdf_sealed", nullable = false, columnDefinition = "text")
    private String pdfSealed;

    @Column(name = "pdf_sha256", nullable = false, updatable = false, length = 64)
    private String pdfSha256;

    @Column(name = "provider", nullable = false, updatable = false, length = 40)
    private String provider;

    /** JSON: acknowledgements, code delivery, provider's record. */
    @Column(name = "evidence", nullable = false, updatable = false, columnDefinition = "text")
    private String evidence;

    protected LeaseSignature() {
    }

    public LeaseSignature(long leaseId, long signerMemberId, long signerUserId, Instant signedAt, String ip,
                          String userAgent, String signatureSealed, String pdfSealed, String pdfSha256, String provider,
                          String evidence) {
        this.leaseId = leaseId;
        this.signerMemberId = signerMemberId;
        this.signerUserId = signerUserId;
        this.signedAt = signedAt;
        this.ip = ip;
        this.userAgent = userAgent;
        this.signatureSealed = signatureSealed;
        this.pdfSealed = pdfSealed;
        this.pdfSha256 = pdfSha256;
        this.provider = provider;
        this.evidence = evidence;
    }

    /** After a key rotation (the content stays the same; only its seal changes). */
    public void reseal(String signatureSealed, String pdfSealed) {
        this.signatureSealed = signatureSealed;
        this.pdfSealed = pdfSealed;
    }

    public long leaseId() {
        return leaseId;
    }

    public long signerMemberId() {
        return signerMemberId;
    }

    public long signerUserId() {
        return signerUserId;
    }

    public Instant signedAt() {
        return signedAt;
    }

    public String ip() {
        return ip;
    }

    public String userAgent() {
        return userAgent;
    }

    public String signatureSealed() {
        return signatureSealed;
    }

    public String pdfSealed() {
        return pdfSealed;
    }

    public String pdfSha256() {
        return pdfSha256;
    }

    public String provider() {
        return provider;
    }

    public String evidence() {
        return evidence;
    }
}
