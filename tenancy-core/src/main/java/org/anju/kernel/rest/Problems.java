package org.anju.kernel.rest;

import jakarta.ws.rs.core.UriInfo;

/** Small helpers shared by the mappers. */
final class Problems {

    private Problems() {
    }

    static String instance(UriInfo uriInfo) {
        try {
            return uriInfo == null ? null : uriInfo.getRequestUri().getRawPath();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
