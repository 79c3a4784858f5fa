package org.anju.tenancy.application;

import java.util.Locale;
import java.util.regex.Pattern;

import org.anju.kernel.api.ProblemException;

/** Field rules shared by provisioning and rebranding. */
final class OrganizationRules {

    static final Pattern COLOR = Pattern.compile("#[0-9A-Fa-f]{6}");
    static final Pattern DOMAIN = Pattern.compile("(?=.{4,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}");
    static final Pattern LOGO = Pattern.compile("(https?://\\S+|/\\S*|data:image/(png|svg\\+xml|jpeg|gif|webp);base64,[A-Za-z0-9+/=]+)");

    private OrganizationRules() {
    }

    static void checkBranding(OrganizationSpec.BrandingSpec b, String prefix, String baseDomain,
                              ProblemException.Violations v) {
        if (b == null) {
            return;
        }
        if (b.displayName() != null && (b.displayName().isBlank() || b.displayName().length() > 200)) {
            v.add(prefix + "displayName", "validation.size", 1, 200);
        }
        if (b.primaryColor() != null && !COLOR.matcher(b.primaryColor()).matches()) {
            v.add(prefix + "primaryColor", "validation.color");
        }
        if (b.logoUrl() != null && !b.logoUrl().isEmpty()
                && (b.logoUrl().length() > 2000 || !LOGO.matcher(b.logoUrl()).matches())) {
            v.add(prefix + "logoUrl", "validation.logo-url");
        }
        if (b.customDomain() != null && !b.customDomain().isEmpty()) {
            String d = b.customDomain().toLowerCase(Locale.ROOT);
            if (!DOMAIN.matcher(d).matches()) {
                v.add(prefix + "customDomain", "validation.domain");
            } else if (d.endsWith("." + baseDomain) || d.equals(baseDomain)) {
                v.add(prefix + "customDomain", "validation.domain.base", baseDomain);
            }
        }
    }

    static String normalizeDomain(String domain) {
        return domain == null || domain.isBlank() ? null : domain.trim().toLowerCase(Locale.ROOT);
    }

    static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
