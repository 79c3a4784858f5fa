package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sign-in, wrong password, lockout, logout, password change: bearer tokens through Shiro, against the real server. */
class AuthenticationIT {

    private static String code;

    @BeforeAll
    static void organization() {
        code = Api.uniqueCode("auth");
        Organizations.provisionOperator(code);
    }

    private static Api.Reply login(Api api, String org, String user, String password) {
        return api.post("/api/v1/auth/login", Json.createObjectBuilder()
                .add("organization", org).add("username", user).add("password", password).build());
    }

    private static void createUser(String username, String password) {
        Api.Reply r = Api.as(code, "admin", Organizations.ADMIN_PASSWORD).post("/api/v1/users", Json.createObjectBuilder()
                .add("username", username).add("displayName", username).add("password", password)
                .add("roles", Json.createArrayBuilder()).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
    }

    @Test
    void signInAnswersAnExpiringTokenAndWhoIAm() {
        Api.Reply r = login(Api.anonymous(), code, "admin", Organizations.ADMIN_PASSWORD);
        assertThat(r.status()).isEqualTo(200);
        JsonObject body = r.json();
        assertThat(body.getString("tokenType")).isEqualTo("Bearer");
        assertThat(body.getString("token")).hasSizeGreaterThanOrEqualTo(43);
        Instant expires = Instant.parse(body.getString("expiresAt"));
        assertThat(Duration.between(Instant.now(), expires)).isBetween(Duration.ofHours(7), Duration.ofHours(8).plusMinutes(1));
        assertThat(body.getJsonObject("user").getJsonArray("permissions").toString()).contains("user:*");

        JsonObject me = Api.anonymous().withToken(body.getString("token")).get("/api/v1/me").json();
        assertThat(me.getString("username")).isEqualTo("admin");
        assertThat(me.getJsonObject("organization").getString("code")).isEqualTo(code);
    }

    @Test
    void wrongPasswordIsRefusedInChineseOrEnglish() {
        Api.Reply zh = login(Api.anonymous(), code, "admin", "wrong-password-1");
        assertThat(zh.status()).isEqualTo(401);
        assertThat(zh.isProblem()).isTrue();
        assertThat(zh.json().getString("code")).isEqualTo("invalid-credentials");
        assertThat(zh.json().getString("title")).isEqualTo("用户名或密码错误");
        Api.Reply en = login(Api.anonymous().english(), code, "admin", "wrong-password-2");
        assertThat(en.json().getString("title")).isEqualTo("Wrong username or password");
        assertThat(en.header("Content-Language")).isEqualTo("en");
    }

    @Test
    void unknownUserAndUnknownOrganizationLookTheSameAsAWrongPassword() {
        assertThat(login(Api.anonymous(), code, "nobody", "whatever1").json().getString("code")).isEqualTo("invalid-credentials");
        assertThat(login(Api.anonymous(), "no_such_org", "admin", "whatever1").json().getString("code"))
                .isEqualTo("invalid-credentials");
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForThisOrganizationOnly() {
        createUser("locky", "Locky2026");
        for (int i = 1; i <= 4; i++) {
            assertThat(login(Api.anonymous(), code, "locky", "bad-" + i).status()).isEqualTo(401);
        }
        Api.Reply fifth = login(Api.anonymous(), code, "locky", "bad-5");
        assertThat(fifth.status()).isEqualTo(403);
        assertThat(fifth.json().getString("code")).isEqualTo("account-locked");
        assertThat(fifth.json().getString("detail")).contains("15 分钟");
        assertThat(Instant.parse(fifth.json().getString("lockedUntil"))).isAfter(Instant.now().plus(Duration.ofMinutes(14)));

        Api.Reply rightPasswordWhileLocked = login(Api.anonymous(), code, "locky", "Locky2026");
        assertThat(rightPasswordWhileLocked.status()).isEqualTo(403);
        assertThat(rightPasswordWhileLocked.json().getString("code")).isEqualTo("account-locked");

        // the same username in another organization is another account with its own counter
        String other = Api.uniqueCode("auth2");
        Organizations.provisionOperator(other);
        Api.as(other, "admin", Organizations.ADMIN_PASSWORD).post("/api/v1/users", Json.createObjectBuilder()
                .add("username", "locky").add("displayName", "locky").add("password", "Locky2026")
                .add("roles", Json.createArrayBuilder()).build());
        assertThat(login(Api.anonymous(), other, "locky", "Locky2026").status()).isEqualTo(200);

        // an administrator enabling the user clears the lock
        Api admin = Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
        long id = admin.get("/api/v1/users?q=locky").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(admin.post("/api/v1/users/" + id + "/enable", null).status()).isEqualTo(200);
        assertThat(login(Api.anonymous(), code, "locky", "Locky2026").status()).isEqualTo(200);
    }

    @Test
    void logoutRevokesTheToken() {
        Api me = Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
        assertThat(me.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(me.post("/api/v1/auth/logout", null).status()).isEqualTo(204);
        Api.Reply after = me.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().getString("code")).isEqualTo("token-invalid");
        assertThat(after.header("WWW-Authenticate")).startsWith("Bearer");
    }

    @Test
    void garbageTokensAreRefused() {
        assertThat(Api.anonymous().withToken("not-a-token").get("/api/v1/me").json().getString("code")).isEqualTo("token-invalid");
        Api.Reply basic = Api.anonymous().header("Authorization", "Basic YWRtaW46YWRtaW4=").get("/api/v1/me");
        assertThat(basic.status()).isEqualTo(401);
        assertThat(Api.anonymous().get("/api/v1/me").json().getString("code")).isEqualTo("unauthenticated");
    }

    @Test
    void changingMyPasswordEndsMyOtherSessions() {
        createUser("mover", "Mover2026");
        Api here = Api.as(code, "mover", "Mover2026");
        Api elsewhere = Api.as(code, "mover", "Mover2026");
        Api.Reply wrongCurrent = here.post("/api/v1/me/password", Json.createObjectBuilder()
                .add("currentPassword", "nope").add("newPassword", "Mover2027").build());
        assertThat(wrongCurrent.status()).isEqualTo(400);
        assertThat(wrongCurrent.fieldError("currentPassword")).isNotNull();
        assertThat(here.post("/api/v1/me/password", Json.createObjectBuilder()
                .add("currentPassword", "Mover2026").add("newPassword", "Mover2027").build()).status()).isEqualTo(204);
        assertThat(here.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(elsewhere.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(login(Api.anonymous(), code, "mover", "Mover2026").status()).isEqualTo(401);
        assertThat(login(Api.anonymous(), code, "mover", "Mover2027").status()).isEqualTo(200);
    }

    @Test
    void aPasswordSetByAnAdministratorMustBeChanged() {
        createUser("fresh", "Fresh2026");
        Api admin = Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
        long id = admin.get("/api/v1/users?q=fresh").json().getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertThat(admin.post("/api/v1/users/" + id + "/reset-password",
                Json.createObjectBuilder().add("password", "Temp2026x").build()).status()).isEqualTo(200);
        Api.Reply signIn = login(Api.anonymous(), code, "fresh", "Temp2026x");
        assertThat(signIn.json().getJsonObject("user").getBoolean("mustChangePassword")).isTrue();
        Api fresh = Api.anonymous().withToken(signIn.json().getString("token"));
        // Until it is changed, the temporary password opens /me and the password change, nothing behind a permission.
        Api.Reply blocked = fresh.get("/api/v1/users");
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(blocked.json().getString("code")).isEqualTo("password-change-required");
        assertThat(fresh.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(fresh.post("/api/v1/me/password", Json.createObjectBuilder()
                .add("currentPassword", "Temp2026x").add("newPassword", "Fresh2027").build()).status()).isEqualTo(204);
        assertThat(fresh.get("/api/v1/me").json().getBoolean("mustChangePassword")).isFalse();
    }
}
