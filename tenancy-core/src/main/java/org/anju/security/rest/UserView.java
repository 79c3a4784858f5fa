package org.anju.security.rest;

import java.util.List;

import org.anju.security.api.AnjuPrincipal;
import org.anju.security.api.Audience;
import org.anju.tenancy.api.OrganizationKind;

/** The signed-in user as the portals need it: who, which organization, what they may do (menus follow permissions). */
public record UserView(long id, String username, String displayName, Audience audience,
                       OrganizationView organization, List<String> roles, List<String> permissions,
                       boolean mustChangePassword) {

    /** The signed-in user's organization. */
    public record OrganizationView(String code, OrganizationKind kind, String name) {
    }

    public static UserView of(AnjuPrincipal p, String organizationName) {
        return new UserView(p.subjectId(), p.username(), p.displayName(),
                Audience.of(p.organizationKind(), p.permissions()),
                new OrganizationView(p.organizationCode(), p.organizationKind(), organizationName),
                p.roles().stream().sorted().toList(), p.permissions().stream().sorted().toList(),
                p.mustChangePassword());
    }
}
