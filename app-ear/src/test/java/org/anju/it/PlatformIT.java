package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.junit.jupiter.api.Test;

/** Health, OpenAPI, metrics and the demo seed of a fresh database. */
class PlatformIT {

    @Test
    void readinessReportsDatabaseAndMigrations() {
        Api.Reply r = Api.anonymous().get("/health/ready");
        assertThat(r.status()).isEqualTo(200);
        JsonObject health = r.json();
        assertThat(health.getString("status")).isEqualTo("UP");
        assertThat(health.getJsonArray("checks").toString()).contains("\"database\"").contains("\"migrations\"");
    }

    @Test
    void openApiDescribesTheApi() {
        Api.Reply r = Api.anonymous().send("GET", "/openapi", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("/api/v1/platform/organizations").contains("/api/v1/auth/login").contains("bearer");
        assertThat(Api.anonymous().send("GET", "/openapi/ui/", null, null).status()).isEqualTo(200);
    }

    @Test
    void metricsCountRefusedSignIns() {
        Api.anonymous().post("/api/v1/auth/login", jakarta.json.Json.createObjectBuilder()
                .add("organization", "demo").add("username", "admin").add("password", "not-it-1").build());
        Api.Reply r = Api.anonymous().send("GET", "/metrics?scope=application", null, null);
        assertThat(r.status()).isEqualTo(200);
        assertThat(r.body()).contains("anju_login_failures_total");
    }

    @Test
    void aFreshDatabaseIsSeededWithTheDemo() {
        JsonObject me = Api.as("demo", "admin", "Demo@2026").get("/api/v1/me").json();
        assertThat(me.getJsonObject("organization").getString("name")).isEqualTo("安居示范运营");
        assertThat(Api.as("demo_city", "admin", "City@2026").get("/api/v1/me").json()
                .getJsonObject("organization").getString("kind")).isEqualTo("AUTHORITY");
        JsonObject demo = Api.platformAdmin().get("/api/v1/platform/organizations/demo").json();
        assertThat(demo.getJsonObject("appointment").getString("authorityCode")).isEqualTo("demo_city");
        assertThat(demo.getJsonArray("divisionCodes").getString(0)).isEqualTo("330106");
    }
}
