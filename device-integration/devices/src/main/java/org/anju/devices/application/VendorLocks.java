package org.anju.devices.application;

import java.io.StringReader;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;

import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantContext;

/**
 * A vendor's lock traffic over the signed API (docs/api/vendor-api.md section 4): events and acknowledgements pushed
 * as a lock would publish them over MQTT, and the commands waiting for the vendor's locks. Call inside the
 * organization's tenant scope (entered by {@link VendorGate#enter}), outside a transaction. The message rules are the
 * ingest's, so a message means the same whichever way it comes; the ingest's refusals become the API's answers: a
 * missing or bad field is a 400 naming it, a device that may not send yet is a 409, another vendor's device a 404.
 */
@ApplicationScoped
public class VendorLocks {

    @Inject
    LockIngest ingest;

    @Inject
    LockCommandService commands;

    @Inject
    VendorDevices devices;

    /** Stores one event or acknowledgement ({@code channel} {@code event} or {@code ack}) of the vendor's device. */
    public VendorViews.IngestView push(VendorViews.Caller caller, String deviceId, String channel, byte[] payload) {
        String org = TenantContext.require().organizationCode();
        if (devices.find(caller, deviceId).isEmpty()) {
            throw ProblemException.notFound("vendor-device-not-found", String.valueOf(deviceId));
        }
        LockIngest.Result r = ingest.acceptVendor(org, caller.code(), deviceId, channel, payload);
        if (!LockIngest.Result.REFUSED.equals(r.status())) {
            return new VendorViews.IngestView(r.status(), r.reason());
        }
        throw refusal(deviceId, r.reason() == null ? "" : r.reason());
    }

    /** The commands due on the vendor's locks in this organization; fetching them counts as sending them. */
    public List<VendorViews.PendingCommandView> pending(VendorViews.Caller caller, int limit) {
        TenantContext.require();
        return commands.pendingForVendor(caller.code(), limit).stream()
                .map(p -> new VendorViews.PendingCommandView(p.commandId(), p.deviceId(), json(p.payload())))
                .toList();
    }

    /** The ingest's reason (docs/api/devices-protocol.md 1.8) as the answer a vendor can act on. */
    static ProblemException refusal(String deviceId, String reason) {
        if (reason.startsWith("missing-field:")) {
            return ProblemException.invalid(reason.substring(14), "devices.vendor.validation.message.missing");
        }
        if (reason.startsWith("bad-field:")) {
            return ProblemException.invalid(reason.substring(10), "devices.vendor.validation.message.bad");
        }
        return switch (reason) {
            case "malformed-json" -> ProblemException.invalid("body", "devices.vendor.validation.message.json");
            case "unknown-type" -> ProblemException.invalid("type", "devices.vendor.validation.message.bad");
            case "unknown-method" -> ProblemException.invalid("method", "devices.vendor.validation.message.bad");
            case "unknown-result" -> ProblemException.invalid("result", "devices.vendor.validation.message.bad");
            case "payload-too-large" -> new ProblemException(413, "vendor-message-too-large", deviceId);
            case "unknown-device", "wrong-organization" -> ProblemException.notFound("vendor-device-not-found", deviceId);
            default -> new ProblemException(409, "vendor-message-refused", deviceId, reason).with("reason", reason);
        };
    }

    private static JsonObject json(String payload) {
        try {
            return Json.createReader(new StringReader(payload)).readObject();
        } catch (JsonException | IllegalStateException e) {
            // The platform wrote it; if it cannot be read back it is still delivered, as the text it is.
            return Json.createObjectBuilder().add("raw", payload).build();
        }
    }
}
