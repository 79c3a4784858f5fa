package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;

import org.anju.kernel.api.Messages;

/**
 * Binds {@link RequestLocale} for the whole request, before security, so that even a refused token speaks it.
 * Declared first in the web module's {@code web.xml} (filter order matters).
 */
public class RequestLocaleFilter implements Filter {

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        RequestLocale.set(Messages.resolve(((HttpServletRequest) request).getHeader("Accept-Language")));
        try {
            chain.doFilter(request, response);
        } finally {
            RequestLocale.clear();
        }
    }
}
