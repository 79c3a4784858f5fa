package org.anju.devices.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.anju.devices.application.DeviceCommands;
import org.anju.devices.application.VendorDevices;
import org.anju.devices.application.VendorGate;
import org.anju.devices.application.VendorLocks;
import org.anju.devices.application.VendorReadings;
import org.anju.devices.application.OpcUaViews;
import org.anju.devices.application.VendorPermissionCatalog;
import org.anju.devices.application.VendorViews;
import org.anju.devices.domain.Registration;
import org.anju.kernel.api.Page;
import org.anju.kernel.api.PageRequest;
import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.TenantId;
import org.anju.tenancy.api.TenantScope;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The signed vendor API (docs/api/vendor-api.md section 4). {@link VendorSignatureFilter} has proved the caller; every
 * method that touches an organization enters it through {@link VendorGate#enter} (authorised or 403) and works in that
 * organization's tenant scope as actor {@code vendor:<code>}.
 */
@Path("/vendor")
@SecurityScheme(securitySchemeName = "vendor-hmac", type = SecuritySchemeType.APIKEY, in = SecuritySchemeIn.HEADER,
        apiKeyName = "X-Anju-Signature", description = "HMAC-SHA256 request signature with X-Anju-Key, X-Anju-Timestamp "
        + "and X-Anju-Nonce (docs/api/vendor-api.md section 3); bearer tokens are refused here")
@SecurityRequirement(name = "vendor-hmac")
@Tag(name = "vendor", description = "设备厂商接入（签名请求）Signed vendor API")
@Produces(MediaType.APPLICATION_JSON)
public class VendorApiResource {

    @Inject
    VendorGate gate;

    @Inject
    VendorDevices devices;

    @Inject
    VendorLocks locks;

    @Inject
    VendorReadings readings;

    @Context
    HttpServletRequest http;

    @GET
    @Path("/me")
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "Who the signature says the caller is, and which organizations authorised it")
    public VendorViews.MeView me() {
        VendorViews.Caller c = caller();
        return new VendorViews.MeView(c.code(), c.name(), "ACTIVE", c.keyId(), c.keyExpiresAt(),
                gate.organizationsOf(c));
    }

    @POST
    @Path("/organizations/{org}/devices")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "Register a device for an organization that authorised the vendor (PENDING until approved)")
    public Response register(@PathParam("org") String org, @NotNull @Valid DeviceCommands.DeviceInput body) {
        VendorViews.Caller c = caller();
        TenantId tenant = gate.enter(c, org);
        VendorViews.VendorDeviceView d = TenantScope.call(tenant, c.actor(), () -> devices.register(c, body));
        return Response.created(URI.create("vendor/organizations/" + org + "/devices/" + d.deviceId())).entity(d).build();
    }

    @GET
    @Path("/organizations/{org}/devices")
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "The vendor's own devices in the organization, newest first")
    public Page<VendorViews.VendorDeviceView> list(@PathParam("org") String org,
                                                   @QueryParam("registration") Registration registration,
                                                   @QueryParam("page") @DefaultValue("1") @Min(1) int page,
                                                   @QueryParam("size") @DefaultValue("20") @Min(1) @Max(PageRequest.MAX_SIZE) int size) {
        VendorViews.Caller c = caller();
        TenantId tenant = gate.enter(c, org);
        return TenantScope.call(tenant, c.actor(), () -> devices.list(c, registration, new PageRequest(page, size)));
    }

    @GET
    @Path("/organizations/{org}/devices/{deviceId}")
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "One of the vendor's devices (404 for any other)")
    public VendorViews.VendorDeviceView get(@PathParam("org") String org, @PathParam("deviceId") String deviceId) {
        VendorViews.Caller c = caller();
        TenantId tenant = gate.enter(c, org);
        return TenantScope.call(tenant, c.actor(), () -> devices.find(c, deviceId))
                .orElseThrow(() -> ProblemException.notFound("vendor-device-not-found", deviceId));
    }

    @POST
    @Path("/organizations/{org}/devices/{deviceId}/events")
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "Push one lock event (devices-protocol 1.3); an event id already stored is a harmless DUPLICATE")
    public VendorViews.IngestView event(@PathParam("org") String org, @PathParam("deviceId") String deviceId,
                                        byte[] body) {
        return push(org, deviceId, "event", body);
    }

    @POST
    @Path("/organizations/{org}/devices/{deviceId}/acks")
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "Push one command acknowledgement (devices-protocol 1.6); the first answer counts")
    public VendorViews.IngestView ack(@PathParam("org") String org, @PathParam("deviceId") String deviceId,
                                      byte[] body) {
        return push(org, deviceId, "ack", body);
    }

    @GET
    @Path("/organizations/{org}/commands")
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "Commands due on the vendor's locks (devices-protocol 1.5); fetching them counts as sending them")
    public List<VendorViews.PendingCommandView> commands(@PathParam("org") String org,
                                                         @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(100) int limit) {
        VendorViews.Caller c = caller();
        TenantId tenant = gate.enter(c, org);
        return TenantScope.call(tenant, c.actor(), () -> locks.pending(c, limit));
    }

    @POST
    @Path("/organizations/{org}/readings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermissions(VendorPermissionCatalog.CALL)
    @Operation(summary = "Push readings of the vendor's approved water and electricity meters (a reading sent twice is stored once)")
    public OpcUaViews.RecordResult readings(@PathParam("org") String org, @NotNull @Valid VendorReadings.ReadingsInput body) {
        VendorViews.Caller c = caller();
        TenantId tenant = gate.enter(c, org);
        return TenantScope.call(tenant, c.actor(), () -> readings.push(c, body));
    }

    private VendorViews.IngestView push(String org, String deviceId, String channel, byte[] body) {
        VendorViews.Caller c = caller();
        TenantId tenant = gate.enter(c, org);
        return TenantScope.call(tenant, c.actor(), () -> locks.push(c, deviceId, channel, body == null ? new byte[0] : body));
    }

    /** The vendor the signature filter proved; fail closed if it did not run. */
    private VendorViews.Caller caller() {
        Object c = http.getAttribute(VendorSignatureFilter.CALLER);
        if (c instanceof VendorViews.Caller caller) {
            return caller;
        }
        throw new ProblemException(401, "signature-missing", "X-Anju-Signature");
    }
}
