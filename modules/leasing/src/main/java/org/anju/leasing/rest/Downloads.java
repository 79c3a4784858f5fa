package org.anju.leasing.rest;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

import org.anju.security.api.CurrentPrincipal;
import org.anju.tenancy.api.OrganizationDirectory;

/** The name of the signed-in user's organization, for the headers of printed files. */
final class Downloads {

    private Downloads() {
    }

    static String organizationName(OrganizationDirectory organizations) {
        String code = CurrentPrincipal.require().organizationCode();
        return organizations.byCode(code).map(o -> o.branding().displayName()).orElse(code);
    }
}
