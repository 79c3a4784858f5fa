package org.anju.kernel.api;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.ws.rs.core.Response;

/**
 * File answers (PDF, Excel, CSV) with a Chinese file name every browser keeps: an ASCII {@code filename} for old
 * clients and the real name as RFC 6266 {@code filename*=UTF-8''…}.
 */
public final class Downloads {

    private Downloads() {
    }

    public static Response file(Object body, String mediaType, String asciiName, String name) {
        return Response.ok(body, mediaType)
                .header("Content-Disposition", "attachment; filename=\"" + asciiName + "\"; filename*=UTF-8''"
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
