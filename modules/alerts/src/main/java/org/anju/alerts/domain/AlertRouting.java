package org.anju.alerts.domain;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who is told of an alert (in-app notices): the roles of every route that matches its type (or {@code *}) and its
 * project (or any project). Routes add up: a project's own route adds its officers to the organization-wide ones.
 */
public final class AlertRouting {

    private AlertRouting() {
    }

    public static Set<String> roles(String type, Long projectId, Collection<AlertSettings.Route> routes) {
        Set<String> roles = new LinkedHashSet<>();
        for (AlertSettings.Route r : routes) {
            boolean typeMatches = "*".equals(r.type()) || r.type().equals(type);
            boolean projectMatches = r.projectId() == null || r.projectId().equals(projectId);
            if (typeMatches && projectMatches && r.roles() != null) {
                roles.addAll(r.roles());
            }
        }
        return roles;
    }
}
