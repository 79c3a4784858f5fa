package org.anju.devices.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** Answers of the devices API (docs/api/devices.md). */
public final class DeviceViews {

    private DeviceViews() {
    }

    public record DeviceView(long id, String deviceId, String kind, String vendorCode, String model, String serial,
                             String certificate, LocalDate certificateValidUntil, Long projectId, Long buildingId,
                             Long unitId, String location, String registration, String registeredBy, String decidedBy,
                             Instant decidedAt, String decisionNote, boolean hasSecret, boolean online,
                             Instant lastSeenAt, Integer battery, Instant tamperedAt, Integer clockSkewSeconds,
                             int commandsTimedOut, Instant createdAt, long version) {
    }

    /** The device secret, shown once at issue. */
    public record SecretView(String deviceId, String secret, String mqttUsername, List<String> topics) {
    }

    public record CredentialView(long id, String credentialId, String deviceId, long unitId, Long householdId,
                                 Long leaseId, Long memberId, String holder, String kind, String credentialType,
                                 Instant validFrom, Instant validUntil, String status, String statusReason,
                                 String createdBy, Instant createdAt) {
    }

    /** A visitor code as the resident sees it once: the PIN to pass on. */
    public record VisitorCodeView(CredentialView credential, String pin) {
    }

    public record CommandView(long id, String commandId, String deviceId, String type, String credentialId,
                              String status, int attempts, Instant lastSentAt, Instant answeredAt, String reason,
                              String requestedBy, Instant createdAt) {
    }

    public record AccessRecordView(long id, Instant occurredAt, Instant receivedAt, String deviceId, Long unitId,
                                   String unitLabel, String method, String credentialId, String credentialKind,
                                   Long householdId, String holder) {
    }

    public record DeviceEventView(long id, String deviceId, String type, Instant occurredAt, Instant receivedAt,
                                  Integer battery, Long unitId, String detail) {
    }

    public record KeyLogView(long id, Instant at, Long unitId, Long householdId, Long leaseId, String deviceId,
                             String credentialId, String commandId, String action, String actor, String detail) {
    }

    public record SettingsView(String remoteOpen, String arrearsPolicy, String memberCredentialType,
                               int visitorCodeMaxHours, int ackTimeoutSeconds, int maxAttempts, int heartbeatMinutes,
                               String updatedBy, Instant updatedAt) {
    }

    public record DeadLetterView(long id, Instant receivedAt, String source, String topic, String deviceId,
                                 String reason, int size, String payload) {
    }

    /** Broker connections and ingest counters (the console's 设备接入 status and health). */
    public record ConnectionView(String name, String url, boolean connected, Instant connectedSince, String lastError,
                                 int backlog) {
    }

    /**
     * A unit's devices for its page (R6.1d): the locks' summary as on the status board ({@code state} ONLINE, OFFLINE
     * or TROUBLE with the first {@code trouble}; null when the unit has no approved lock), and each device installed
     * there now with its live state and open troubles. {@code checkedAt}: when this was read (the page polls).
     */
    public record UnitDevicesView(long unitId, String state, String trouble, Integer battery, int locks, Instant checkedAt,
                                  List<UnitDeviceView> devices) {
    }

    public record UnitDeviceView(long id, String deviceId, String kind, String model, String registration, boolean online,
                                 Instant lastSeenAt, Integer battery, Instant tamperedAt, List<String> troubles) {
    }
}
