package org.anju.devices.application;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.anju.devices.domain.DeviceKind;

/** Inputs of the devices API (docs/api/devices.md), validated at the edge. */
public final class DeviceCommands {

    /** Device ids travel in MQTT topics: protocol 1.1. */
    public static final String DEVICE_ID = "[A-Za-z0-9_.:-]{1,64}";

    private DeviceCommands() {
    }

    /** Registers a device (备案登记). Exactly one of unitId, buildingId or projectId says where it is installed. */
    public record DeviceInput(@NotBlank @Pattern(regexp = DEVICE_ID, message = "{devices.validation.deviceId}") String deviceId,
                              @NotNull DeviceKind kind,
                              @Size(max = 32) String vendorCode,
                              @Size(max = 64) String model,
                              @NotBlank @Size(max = 64) String serial,
                              @Size(max = 200) String certificate,
                              LocalDate certificateValidUntil,
                              Long projectId,
                              Long buildingId,
                              Long unitId) {
    }

    public record DecisionInput(@NotNull Boolean approve, @Size(max = 500) String note) {
    }

    public record RetireInput(@NotBlank @Size(max = 500) String reason) {
    }

    /** Grants a credential by hand (staff): a member of the household living there, or a named staff holder. */
    public record GrantInput(Long memberId, @Size(max = 64) String holder,
                             @NotNull @Pattern(regexp = "PIN|CARD|FACE|FINGERPRINT|APP") String credentialType,
                             OffsetDateTime validFrom, OffsetDateTime validUntil) {
    }

    public record RevokeInput(@NotBlank @Size(max = 300) String reason) {
    }

    /** A resident's visitor code: a name for the record and a window of at most the operator's limit. */
    public record VisitorCodeInput(@NotBlank @Size(max = 32) String visitorName,
                                   @NotNull OffsetDateTime validFrom, @NotNull OffsetDateTime validUntil) {
    }

    public record OpenInput(@NotBlank @Size(max = 200) String reason) {
    }

    public record SettingsInput(@NotNull @Pattern(regexp = "DISABLED|STAFF|STAFF_AND_RESIDENT") String remoteOpen,
                                @NotNull @Pattern(regexp = "NONE|WARN") String arrearsPolicy,
                                @NotNull @Pattern(regexp = "PIN|CARD|FACE|FINGERPRINT|APP") String memberCredentialType,
                                @NotNull @Min(1) @Max(720) Integer visitorCodeMaxHours,
                                @NotNull @Min(2) @Max(600) Integer ackTimeoutSeconds,
                                @NotNull @Min(1) @Max(10) Integer maxAttempts,
                                @NotNull @Min(1) @Max(60) Integer heartbeatMinutes) {
    }
}
