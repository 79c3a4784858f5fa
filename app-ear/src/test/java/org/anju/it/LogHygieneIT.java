package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.json.Json;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.Test;

/** Passwords and tokens never appear in the server's logs, whatever the outcome of a request. */
class LogHygieneIT {

    private static final Path LOGS = Path.of("target/liberty/wlp/usr/servers/anju-it/logs");

    @Test
    void passwordsAndTokensStayOutOfTheLogs() throws IOException {
        String code = Api.uniqueCode("logs");
        String secret = "Zq7" + Long.toHexString(System.nanoTime()) + "x";
        Api.Reply created = Api.platformAdmin().post("/api/v1/platform/organizations",
                Json.createObjectBuilder(Organizations.operator(code).build())
                        .add("admin", Json.createObjectBuilder().add("username", "admin").add("password", secret)).build());
        assertThat(created.status()).isEqualTo(201);
        Api admin = Api.as(code, "admin", secret);
        String wrong = "Wr0ng" + Long.toHexString(System.nanoTime());
        Api.anonymous().post("/api/v1/auth/login", Json.createObjectBuilder().add("organization", code)
                .add("username", "admin").add("password", wrong).build());
        Api.anonymous().postRaw("/api/v1/auth/login", "{\"organization\":\"" + code + "\",\"password\":\"" + wrong + "\"",
                "application/json");
        admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "u1").add("displayName", "u1")
                .add("password", secret + "u").add("roles", Json.createArrayBuilder()).build());
        admin.post("/api/v1/me/password", Json.createObjectBuilder().add("currentPassword", "nope")
                .add("newPassword", secret + "n").build());
        String token = admin.token();
        admin.post("/api/v1/auth/logout", null);
        admin.get("/api/v1/me");

        List<String> leaks = new ArrayList<>();
        try (Stream<Path> files = Files.walk(LOGS)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f, StandardCharsets.ISO_8859_1);
                for (String s : List.of(secret, wrong, token)) {
                    if (text.contains(s)) {
                        leaks.add(f.getFileName() + " contains a secret");
                    }
                }
            }
        }
        assertThat(Files.exists(LOGS.resolve("messages.log"))).isTrue();
        assertThat(leaks).isEmpty();
    }
}
