package org.anju.leasing.api;

import java.time.Instant;

/**
 * Who seals a signed contract (R6.3a). The built-in provider {@code local} keeps the rendered PDF and records its own
 * evidence (hash, time, signer, device); a third-party e-signature service (CFCA, e签宝…) implements this as a CDI bean
 * and is chosen by {@code ANJU_ESIGN_PROVIDER}. Called inside the signing transaction: a failure leaves the lease
 * unsigned.
 */
public interface ESignatureProvider {

    /** The provider's name as stored with the signature ({@code local}, {@code esign}, …). */
    String name();

    /** Seals the contract the resident just signed; returns the document to keep and the provider's evidence (JSON). */
    Sealed seal(SigningRequest request);

    /** What was signed, by whom, when, from where (the signer's ID number only masked). */
    record SigningRequest(String leaseNumber, byte[] pdf, String signerName, String signerIdMasked, Instant signedAt,
                          String ip, String userAgent) {
    }

    /** The document as sealed by the provider and its evidence record. */
    record Sealed(byte[] pdf, String evidenceJson) {
    }
}
