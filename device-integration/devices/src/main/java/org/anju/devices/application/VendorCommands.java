package org.anju.devices.application;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Inputs of the vendor accounts and authorisations (docs/api/vendor-api.md), validated at the edge. */
public final class VendorCommands {

    /** Vendor codes: written on devices ({@code device.vendor_code}, 32) and in actors ({@code vendor:<code>}). */
    public static final String CODE = "[a-z][a-z0-9_-]{1,31}";
    /** How long rotated keys keep working, unless the admin says otherwise. */
    public static final int DEFAULT_GRACE_DAYS = 7;

    private VendorCommands() {
    }

    public record VendorInput(@NotBlank @Pattern(regexp = CODE, message = "{devices.vendor.validation.code}") String code,
                              @NotBlank @Size(max = 200) String name,
                              @Size(max = 100) String contactName,
                              @Size(max = 30) String contactPhone,
                              @Size(max = 200) @Email String contactEmail) {
    }

    public record SuspendInput(@NotBlank @Size(max = 500) String reason) {
    }

    /** Issue a key; the vendor's other open-ended keys end after {@code graceDays} (default 7). */
    public record KeyInput(@Min(0) @Max(30) Integer graceDays) {
    }

    public record RevokeInput(@NotBlank @Size(max = 500) String reason) {
    }

    public record AuthorizeInput(@Size(max = 500) String note) {
    }
}
