package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.anju.it.support.Api;
import org.junit.jupiter.api.Test;

/** Bad input always gets a clear 4xx problem naming the field; never a 500, never a stack trace. */
class BadInputIT {

    private final Api platform = Api.platformAdmin();

    @Test
    void malformedJsonIs400() {
        Api.Reply r = platform.postRaw("/api/v1/platform/organizations", "{\"code\": \"x\",", "application/json");
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.isProblem()).isTrue();
        assertThat(r.json().getString("code")).isEqualTo("malformed-json");
        assertThat(r.body()).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        Api.Reply kind = platform.postRaw("/api/v1/platform/organizations",
                "{\"code\":\"abc\",\"name\":\"n\",\"kind\":\"SHOP\",\"divisionCodes\":[\"330106\"]}", "application/json");
        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.fieldError("kind")).contains("OPERATOR").contains("AUTHORITY").doesNotContain("PLATFORM");

        Api.Reply list = platform.postRaw("/api/v1/platform/organizations",
                "{\"code\":\"abc\",\"name\":\"n\",\"kind\":\"OPERATOR\",\"divisionCodes\":\"330106\"}", "application/json");
        assertThat(list.status()).isEqualTo(400);
        assertThat(list.fieldError("divisionCodes")).isNotNull();

        Api.Reply date = platform.postRaw("/api/v1/platform/organizations",
                "{\"code\":\"abc\",\"name\":\"n\",\"kind\":\"OPERATOR\",\"divisionCodes\":[\"330106\"],"
                        + "\"appointment\":{\"date\":\"2026-13-40\",\"documentNumber\":\"x\"}}", "application/json");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.fieldError("appointment.date")).isNotNull();

        Api.Reply page = platform.get("/api/v1/platform/organizations?page=abc");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.fieldError("page")).isNotNull();
    }

    @Test
    void missingBodyAndWrongMediaType() {
        Api.Reply none = platform.send("POST", "/api/v1/platform/organizations", null, null);
        assertThat(none.status()).isBetween(400, 415);
        assertThat(none.isProblem()).isTrue();
        Api.Reply xml = platform.postRaw("/api/v1/platform/organizations", "<org/>", "application/xml");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.json().getString("code")).isEqualTo("unsupported-media-type");
    }

    @Test
    void unknownPathsAndMethodsAreProblems() {
        Api.Reply missing = platform.get("/api/v1/no-such-thing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.isProblem()).isTrue();
        Api.Reply method = platform.delete("/api/v1/platform/organizations");
        assertThat(method.status()).isEqualTo(405);
        assertThat(method.isProblem()).isTrue();
        assertThat(platform.get("/api/v1/platform/organizations/nobody_here").json().getString("code"))
                .isEqualTo("organization-not-found");
    }
}
