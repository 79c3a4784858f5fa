package org.anju.tenancy.api;

/** What white-labelled portals show for an organization (P5). */
public record BrandingView(String displayName, String primaryColor, String logoUrl) {
}
