package org.anju.tenancy.rest;

import org.anju.tenancy.api.OrganizationKind;
import org.anju.tenancy.api.OrganizationStatus;

/** Public branding of an organization (or of the platform): what a login page needs, nothing more. */
public record BrandingResponse(String code, OrganizationKind kind, String displayName, String primaryColor,
                               String logoUrl, OrganizationStatus status) {
}
