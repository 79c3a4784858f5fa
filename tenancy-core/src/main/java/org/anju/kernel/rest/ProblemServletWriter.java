package org.anju.kernel.rest;

import org.anju.kernel.api.RequestLocale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.anju.kernel.api.ProblemException;

/** Problem answers from servlet filters (before JAX-RS): same document, same language as the mappers. */
public final class ProblemServletWriter {

    private ProblemServletWriter() {
    }

    public static void write(HttpServletRequest request, HttpServletResponse response, ProblemException problem)
            throws IOException {
        response.resetBuffer();
        response.setStatus(problem.status());
        response.setContentType(ProblemJson.MEDIA_TYPE + ";charset=UTF-8");
        if (problem.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"anju\", error=\"invalid_token\"");
        }
        if (problem.status() == 503) {
            response.setHeader("Retry-After", "30");
        }
        byte[] body = ProblemJson.body(RequestLocale.current(), problem, request.getRequestURI())
                .getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
        response.flushBuffer();
    }
}
