package org.anju.tenancy.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How an organization's portals look (P5): display name, brand colour (#RRGGBB), logo. */
@Embeddable
public class Branding {

    @Column(name = "display_name", length = 200)
    private String displayName;

    @Column(name = "primary_color", length = 7)
    private String primaryColor;

    @Column(name = "logo_url", length = 2000)
    private String logoUrl;

    protected Branding() {
    }

    public Branding(String displayName, String primaryColor, String logoUrl) {
        this.displayName = displayName;
        this.primaryColor = primaryColor;
        this.logoUrl = logoUrl;
    }

    public String displayName() {
        return displayName;
    }

    public String primaryColor() {
        return primaryColor;
    }

    public String logoUrl() {
        return logoUrl;
    }
}
