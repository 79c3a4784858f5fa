package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Permissions are data (roles), checked on every REST method; an organization cannot lock itself out. */
class AuthorizationIT {

    private static String code;
    private static Api admin;

    @BeforeAll
    static void organization() {
        code = Api.uniqueCode("perm");
        Organizations.provisionOperator(code);
        admin = Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
    }

    private static long createUser(String username, String... roles) {
        var roleArray = Json.createArrayBuilder();
        for (String r : roles) {
            roleArray.add(r);
        }
        Api.Reply r = admin.post("/api/v1/users", Json.createObjectBuilder().add("username", username)
                .add("displayName", username).add("password", "Passw0rd2026").add("roles", roleArray).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().getJsonNumber("id").longValue();
    }

    @Test
    void aUserWithoutThePermissionIsRefusedNamingIt() {
        createUser("plain");
        Api plain = Api.as(code, "plain", "Passw0rd2026");
        Api.Reply r = plain.get("/api/v1/users");
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().getString("code")).isEqualTo("forbidden");
        assertThat(r.json().getString("permission")).isEqualTo("user:read");
        assertThat(r.json().getString("detail")).contains("user:read");
    }

    @Test
    void aRoleGrantsWhatItLists() {
        admin.post("/api/v1/roles", Json.createObjectBuilder().add("code", "reader").add("name", "用户查看员")
                .add("permissions", Json.createArrayBuilder().add("user:read")).build());
        createUser("reader1", "reader");
        Api reader = Api.as(code, "reader1", "Passw0rd2026");
        assertThat(reader.get("/api/v1/users").status()).isEqualTo(200);
        Api.Reply create = reader.post("/api/v1/users", Json.createObjectBuilder().add("username", "x1")
                .add("displayName", "x").add("password", "Passw0rd2026").add("roles", Json.createArrayBuilder()).build());
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().getString("permission")).isEqualTo("user:create");
    }

    @Test
    void rolesCannotGrantPlatformOrUnknownPermissions() {
        Api.Reply r = admin.post("/api/v1/roles", Json.createObjectBuilder().add("code", "sneaky").add("name", "越权")
                .add("permissions", Json.createArrayBuilder().add("user:read").add("platform:*").add("*")).build());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fieldError("permissions[1]")).contains("platform:*");
        assertThat(r.fieldError("permissions[2]")).isNotNull();
        assertThat(r.fieldError("permissions[0]")).isNull();
        JsonArray catalogue = admin.get("/api/v1/permissions").array();
        assertThat(catalogue.stream().map(v -> v.asJsonObject().getString("permission"))).contains("user:read")
                .noneMatch(p -> p.startsWith("platform:"));
    }

    @Test
    void organizationAdminsAreNotPlatformAdmins() {
        assertThat(admin.get("/api/v1/platform/organizations").status()).isEqualTo(403);
        assertThat(Api.platformAdmin().get("/api/v1/users").status()).isEqualTo(403);
    }

    @Test
    void theLastAdministratorStays() {
        JsonObject me = admin.get("/api/v1/me").json();
        long adminId = me.getJsonNumber("id").longValue();
        Api.Reply self = admin.post("/api/v1/users/" + adminId + "/disable", Json.createObjectBuilder().build());
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().getString("code")).isEqualTo("user-self");
        Api.Reply demote = admin.put("/api/v1/users/" + adminId + "/roles",
                Json.createObjectBuilder().add("roles", Json.createArrayBuilder()).build());
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.json().getString("code")).isEqualTo("last-admin");
        Api.Reply builtin = admin.delete("/api/v1/roles/" + admin.get("/api/v1/roles").array().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("code").equals("org_admin")).findFirst().orElseThrow()
                .getJsonNumber("id").longValue());
        assertThat(builtin.status()).isEqualTo(409);
    }

    @Test
    void disablingAUserEndsTheirSessionAtOnce() {
        long id = createUser("leaver");
        Api leaver = Api.as(code, "leaver", "Passw0rd2026");
        assertThat(leaver.get("/api/v1/me").status()).isEqualTo(200);
        Api.Reply disabled = admin.post("/api/v1/users/" + id + "/disable",
                Json.createObjectBuilder().add("reason", "离职").build());
        assertThat(disabled.json().getString("status")).isEqualTo("DISABLED");
        assertThat(leaver.get("/api/v1/me").status()).isIn(401, 403);
        Api.Reply again = Api.anonymous().post("/api/v1/auth/login", Json.createObjectBuilder().add("organization", code)
                .add("username", "leaver").add("password", "Passw0rd2026").build());
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.json().getString("code")).isEqualTo("account-disabled");
        JsonArray history = admin.get("/api/v1/users/" + id + "/history").array();
        JsonObject last = history.getJsonObject(0);
        assertThat(last.getString("reason")).isEqualTo("离职");
        assertThat(last.getString("actor")).isEqualTo("admin@" + code);
        assertThat(last.getJsonArray("fields").toString()).contains("DISABLED");
    }
}
