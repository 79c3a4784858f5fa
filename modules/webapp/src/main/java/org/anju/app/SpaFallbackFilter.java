package org.anju.app;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletMapping;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.MappingMatch;

/**
 * Serves the portals' single-page application: a browser navigation to a portal route (such as {@code /o/acme/login}
 * or {@code /platform/organizations}) gets {@code index.html}, and the client-side router takes over. API, health,
 * OpenAPI and metrics paths and real files (anything with an extension) pass through. Also sets the security headers
 * of every page and long caching of fingerprinted assets.
 */
public class SpaFallbackFilter implements Filter {

    private static final Set<String> SERVER_PREFIXES = Set.of("/api/", "/health", "/openapi", "/metrics", "/ibm/");

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        String path = request.getRequestURI().substring(request.getContextPath().length());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (SERVER_PREFIXES.stream().anyMatch(path::startsWith)) {
            chain.doFilter(req, res);
            return;
        }
        response.setHeader("X-Frame-Options", "DENY");
        if (path.startsWith("/assets/")) {
            response.setHeader("Cache-Control", "public, max-age=31536000, immutable");
            chain.doFilter(req, res);
            return;
        }
        boolean navigation = ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                && !lastSegment(path).contains(".") && servedByDefaultServlet(request);
        if (navigation && request.getServletContext().getResource("/index.html") != null) {
            response.setHeader("Cache-Control", "no-cache");
            request.getRequestDispatcher("/index.html").forward(req, res);
            return;
        }
        chain.doFilter(req, res);
    }

    /** Paths a servlet of the application is mapped to (e.g. a test harness's servlet) are left to that servlet. */
    private static boolean servedByDefaultServlet(HttpServletRequest request) {
        HttpServletMapping mapping = request.getHttpServletMapping();
        return mapping == null || mapping.getMappingMatch() == null
                || mapping.getMappingMatch() == MappingMatch.DEFAULT || mapping.getMappingMatch() == MappingMatch.CONTEXT_ROOT;
    }

    private static String lastSegment(String path) {
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }
}
