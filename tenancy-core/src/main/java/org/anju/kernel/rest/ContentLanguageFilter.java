package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/** Tells the client which language the answer speaks ({@code zh-CN} unless English was asked for). */
@Provider
public class ContentLanguageFilter implements ContainerResponseFilter {

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(HttpHeaders.CONTENT_LANGUAGE, RequestLocale.current().toLanguageTag());
    }
}
