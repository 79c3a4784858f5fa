package org.anju.devices.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.json.JsonObject;

/** Answers of the vendor accounts, authorisations and the signed vendor API (docs/api/vendor-api.md). */
public final class VendorViews {

    private VendorViews() {
    }

    public record VendorView(String code, String name, String contactName, String contactPhone, String contactEmail,
                             String status, String statusReason, Instant statusChangedAt, long activeKeys,
                             long authorizedOrganizations, Instant createdAt, Instant updatedAt, int version) {
    }

    public record KeyView(String keyId, String status, Instant createdAt, String createdBy, Instant expiresAt,
                          Instant revokedAt, String revokedBy, String revokeReason, Instant lastUsedAt) {
    }

    /** A new key: the secret is in this answer and nowhere else, ever. */
    public record IssuedKey(String keyId, String secret, KeyView key, List<String> rotated) {
    }

    public record AuthorizationView(String vendorCode, String vendorName, String organizationCode,
                                    String organizationName, boolean authorized, Instant authorizedAt,
                                    String authorizedBy, Instant withdrawnAt, String withdrawnBy) {
    }

    /** A vendor as an operator sees it, with the operator's own authorisation. */
    public record CatalogueEntry(String code, String name, String contactName, String contactPhone,
                                 String contactEmail, String status, boolean authorized, Instant authorizedAt,
                                 String authorizedBy, Instant withdrawnAt, String withdrawnBy, long devices) {
    }

    public record LogEntry(long id, String vendorCode, String action, String actor, Instant at, String note) {
    }

    /** The vendor a valid signature proved, and with which key. */
    public record Caller(long vendorId, String code, String name, String keyId, Instant keyExpiresAt) {

        /** The actor written in audit records and on registrations. */
        public String actor() {
            return "vendor:" + code;
        }
    }

    public record OrganizationEntry(String code, String name, Instant authorizedAt) {
    }

    public record MeView(String code, String name, String status, String keyId, Instant keyExpiresAt,
                         List<OrganizationEntry> organizations) {
    }

    /** A device as its vendor sees it: no staff names, no operator internals. */
    public record VendorDeviceView(String deviceId, String kind, String model, String serial, String certificate,
                                   LocalDate certificateValidUntil, Long projectId, Long buildingId, Long unitId,
                                   String registration, Instant decidedAt, String decisionNote, boolean online,
                                   Instant lastSeenAt, Integer battery, Instant createdAt) {
    }

    public record IngestView(String status, String reason) {
    }

    public record PendingCommandView(String commandId, String deviceId, JsonObject command) {
    }
}
