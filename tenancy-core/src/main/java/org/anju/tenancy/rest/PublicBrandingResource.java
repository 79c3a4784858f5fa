package org.anju.tenancy.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.anju.kernel.api.ProblemException;
import org.anju.tenancy.api.OrganizationDirectory;
import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationRef;
import org.anju.tenancy.api.OrganizationStatus;
import org.anju.tenancy.api.TenantId;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The base of white-labelled portals (P5): by {@code ?organization=<code>}, else by host name
 * ({@code <code>.<ANJU_BASE_DOMAIN>} or a custom domain), else the platform's own branding. Public: it picks a
 * login page's look and never the tenant of anything.
 */
@Path("/public/branding")
@Tag(name = "public", description = "无需登录 Public")
@Produces(MediaType.APPLICATION_JSON)
public class PublicBrandingResource {

    static final String PLATFORM_COLOR = "#1D4ED8";

    @Inject
    OrganizationDirectory organizations;

    @Inject
    @ConfigProperty(name = "anju.platform.name", defaultValue = "安居公租房运营平台")
    String platformName;

    @Context
    UriInfo uriInfo;

    @GET
    @PermitAll
    @Operation(summary = "Display name, colour and logo of an organization, by code or by host name")
    public Response branding(@QueryParam("organization") @Size(max = 31) String code,
                             @HeaderParam("Host") String host) {
        BrandingResponse body;
        if (code != null && !code.isBlank()) {
            if (TenantId.PLATFORM_CODE.equals(code.trim())) {
                body = platform();
            } else {
                body = organizations.byCode(code.trim()).filter(PublicBrandingResource::visible).map(PublicBrandingResource::of)
                        .orElseThrow(() -> ProblemException.notFound("organization-not-found", code.trim()));
            }
        } else {
            body = organizations.byHost(host).filter(PublicBrandingResource::visible).map(PublicBrandingResource::of)
                    .orElseGet(this::platform);
        }
        CacheControl cache = new CacheControl();
        cache.setMaxAge(60);
        return Response.ok(body).cacheControl(cache).build();
    }

    private BrandingResponse platform() {
        return new BrandingResponse(TenantId.PLATFORM_CODE, OrganizationKind.PLATFORM, platformName, PLATFORM_COLOR,
                null, OrganizationStatus.ACTIVE);
    }

    /** An organization still being provisioned does not exist yet for the outside world. */
    private static boolean visible(OrganizationRef o) {
        return o.status() != OrganizationStatus.PROVISIONING;
    }

    private static BrandingResponse of(OrganizationRef o) {
        return new BrandingResponse(o.code(), o.kind(), o.branding().displayName(), o.branding().primaryColor(),
                o.branding().logoUrl(), o.status());
    }
}
