package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** P1: a token of organization A never reaches organization B, and B never sees A's data. */
class TenantIsolationIT {

    private static String a;
    private static String b;
    private static Api adminA;
    private static Api adminB;

    @BeforeAll
    static void twoOrganizations() {
        a = Api.uniqueCode("iso_a");
        b = Api.uniqueCode("iso_b");
        Organizations.provisionOperator(a);
        Organizations.provisionOperator(b);
        adminA = Api.as(a, "admin", Organizations.ADMIN_PASSWORD);
        adminB = Api.as(b, "admin", Organizations.ADMIN_PASSWORD);
    }

    @Test
    void eachOrganizationSeesOnlyItsOwnUsers() {
        Api.Reply created = adminA.post("/api/v1/users", Json.createObjectBuilder().add("username", "alice")
                .add("displayName", "Alice of A").add("password", "Alice2026").add("roles", Json.createArrayBuilder()).build());
        assertThat(created.status()).isEqualTo(201);
        long aliceId = created.json().getJsonNumber("id").longValue();

        assertThat(adminB.get("/api/v1/users?q=alice").json().getInt("total")).isZero();
        assertThat(adminB.get("/api/v1/users/" + aliceId).status()).isEqualTo(404);
        assertThat(adminA.get("/api/v1/users/" + aliceId).json().getString("displayName")).isEqualTo("Alice of A");

        // the same username in B is a different person with possibly the same id
        Api.Reply inB = adminB.post("/api/v1/users", Json.createObjectBuilder().add("username", "alice")
                .add("displayName", "Alice of B").add("password", "Alice2026").add("roles", Json.createArrayBuilder()).build());
        assertThat(inB.status()).isEqualTo(201);
        assertThat(adminA.get("/api/v1/users?q=alice").json().getJsonArray("items").getJsonObject(0)
                .getString("displayName")).isEqualTo("Alice of A");
    }

    @Test
    void aTokenOfAIsRefusedOnB() {
        Api.Reply byHeader = adminA.header("X-Anju-Organization", b).get("/api/v1/users");
        assertThat(byHeader.status()).isEqualTo(403);
        assertThat(byHeader.json().getString("code")).isEqualTo("organization-mismatch");

        Api.Reply byHost = adminA.header("Host", b + ".localhost").get("/api/v1/users");
        assertThat(byHost.status()).isEqualTo(403);
        assertThat(byHost.json().getString("code")).isEqualTo("organization-mismatch");

        assertThat(adminA.header("Host", a + ".localhost").get("/api/v1/users").status()).isEqualTo(200);
        assertThat(adminA.header("X-Anju-Organization", a).get("/api/v1/users").status()).isEqualTo(200);
    }

    @Test
    void rolesAndHistoryStayInTheirOrganization() {
        Api.Reply role = adminA.post("/api/v1/roles", Json.createObjectBuilder().add("code", "viewer_a").add("name", "只读")
                .add("permissions", Json.createArrayBuilder().add("user:read")).build());
        assertThat(role.status()).as(role.toString()).isEqualTo(201);
        assertThat(adminB.get("/api/v1/roles").array().stream()
                .map(v -> v.asJsonObject().getString("code"))).doesNotContain("viewer_a");
        JsonObject adminOfA = adminA.get("/api/v1/users?q=admin").json().getJsonArray("items").getJsonObject(0);
        long id = adminOfA.getJsonNumber("id").longValue();
        assertThat(adminA.get("/api/v1/users/" + id + "/history").array()).isNotEmpty();
    }
}
