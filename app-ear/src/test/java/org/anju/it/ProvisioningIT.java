package org.anju.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.Test;

/** P7 (API part), R5.1a: provisioning of operators and authorities by platform admins, against the real server. */
class ProvisioningIT {

    private final Api platform = Api.platformAdmin();

    @Test
    void provisionedOperatorIsMigratedAndItsAdminCanSignIn() {
        String code = Api.uniqueCode("acme");
        Api.Reply r = platform.post("/api/v1/platform/organizations", Organizations.operator(code).build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.header("Location")).endsWith("/api/v1/platform/organizations/" + code);
        JsonObject org = r.json();
        assertThat(org.getString("status")).isEqualTo("ACTIVE");
        assertThat(org.getString("schema")).isEqualTo("org_" + code);
        assertThat(org.getJsonObject("migration").getString("status")).isEqualTo("CURRENT");
        assertThat(org.getJsonObject("migration").getBoolean("current")).isTrue();
        // R5.1a: the appointment record, with the authority's name looked up from its code
        JsonObject appointment = org.getJsonObject("appointment");
        assertThat(appointment.getString("authorityCode")).isEqualTo("demo_city");
        assertThat(appointment.getString("authorityName")).isEqualTo("示范市住房保障局");
        assertThat(appointment.getString("date")).isEqualTo("2026-02-01");
        assertThat(appointment.getString("documentNumber")).isEqualTo("测试〔2026〕" + code);

        Api admin = Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
        JsonObject me = admin.get("/api/v1/me").json();
        assertThat(me.getJsonObject("organization").getString("kind")).isEqualTo("OPERATOR");
        assertThat(me.getJsonArray("roles").getString(0)).isEqualTo("org_admin");
        JsonObject own = admin.get("/api/v1/organization").json();
        assertThat(own.getJsonObject("appointment").getString("documentNumber")).isEqualTo("测试〔2026〕" + code);
    }

    @Test
    void provisionsAnAuthorityWithItsJurisdiction() {
        String code = Api.uniqueCode("city");
        Api.Reply r = platform.post("/api/v1/platform/organizations", Organizations.authority(code, "330200").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("kind")).isEqualTo("AUTHORITY");
        assertThat(r.json().getJsonArray("divisionCodes").getString(0)).isEqualTo("330200");
        assertThat(r.json().containsKey("appointment")).isFalse();
        assertThat(Api.as(code, "admin", Organizations.ADMIN_PASSWORD).get("/api/v1/me").json()
                .getJsonObject("organization").getString("kind")).isEqualTo("AUTHORITY");
    }

    @Test
    void badInputIsRefusedNamingEachFieldAndNothingIsCreated() {
        JsonObject body = Json.createObjectBuilder(Organizations.operator("x").build())
                .add("code", "Bad Code!")
                .add("name", "")
                .add("divisionCodes", Json.createArrayBuilder().add("330106").add("999999"))
                .add("admin", Json.createObjectBuilder().add("username", "admin").add("password", "short"))
                .add("branding", Json.createObjectBuilder().add("primaryColor", "red"))
                .build();
        Api.Reply zh = platform.post("/api/v1/platform/organizations", body);
        assertThat(zh.status()).isEqualTo(400);
        assertThat(zh.isProblem()).isTrue();
        assertThat(zh.json().getString("code")).isEqualTo("validation");
        assertThat(zh.fieldError("code")).contains("小写字母开头");
        assertThat(zh.fieldError("name")).isEqualTo("不能为空");

        JsonObject shapeOk = Json.createObjectBuilder(body).add("code", Api.uniqueCode("bad")).add("name", "名称").build();
        Api.Reply rules = platform.post("/api/v1/platform/organizations", shapeOk);
        assertThat(rules.status()).isEqualTo(400);
        assertThat(rules.fieldError("divisionCodes[1]")).contains("999999");
        assertThat(rules.fieldError("admin.password")).isEqualTo("密码长度须为 8 到 64 位");
        assertThat(rules.fieldError("branding.primaryColor")).contains("#RRGGBB");
        assertThat(platform.get("/api/v1/platform/organizations/" + shapeOk.getString("code")).status()).isEqualTo(404);

        Api.Reply en = platform.english().post("/api/v1/platform/organizations", shapeOk);
        assertThat(en.json().getString("title")).isEqualTo("Invalid request");
        assertThat(en.fieldError("admin.password")).isEqualTo("password must be 8 to 64 characters");
    }

    @Test
    void appointmentMustComeFromAnAuthorityWhoseJurisdictionCoversTheOperator() {
        String code = Api.uniqueCode("far");
        JsonObject outside = Json.createObjectBuilder(Organizations.operator(code).build())
                .add("divisionCodes", Json.createArrayBuilder().add("440305")).build();
        Api.Reply r = platform.post("/api/v1/platform/organizations", outside);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.fieldError("appointment.authorityCode")).contains("管辖范围");

        JsonObject unknown = Json.createObjectBuilder(Organizations.operator(code).build())
                .add("appointment", Json.createObjectBuilder().add("authorityCode", "nobody_here")
                        .add("date", "2026-01-01").add("documentNumber", "x")).build();
        assertThat(platform.post("/api/v1/platform/organizations", unknown).fieldError("appointment.authorityCode"))
                .contains("nobody_here");

        JsonObject missing = Json.createObjectBuilder(Organizations.operator(code).build()).remove("appointment").build();
        assertThat(platform.post("/api/v1/platform/organizations", missing).fieldError("appointment")).contains("委托");
    }

    @Test
    void existingCodeIsAConflict() {
        String code = Api.uniqueCode("dup");
        Organizations.provisionOperator(code);
        Api.Reply again = platform.post("/api/v1/platform/organizations", Organizations.operator(code).build());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().getString("code")).isEqualTo("organization-exists");
    }

    @Test
    void idempotencyKeyReplayReturnsTheFirstAnswer() {
        String code = Api.uniqueCode("idem");
        Api keyed = platform.header("Idempotency-Key", "provision-" + code);
        Api.Reply first = keyed.post("/api/v1/platform/organizations", Organizations.operator(code).build());
        Api.Reply replay = keyed.post("/api/v1/platform/organizations", Organizations.operator(code).build());
        assertThat(first.status()).isEqualTo(201);
        assertThat(replay.status()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(replay.json()).isEqualTo(first.json());
        assertThat(platform.get("/api/v1/platform/organizations?q=" + code).json().getInt("total")).isEqualTo(1);

        Api.Reply misuse = keyed.post("/api/v1/platform/organizations", Organizations.operator(code + "x").build());
        assertThat(misuse.status()).isEqualTo(422);
        assertThat(misuse.json().getString("code")).isEqualTo("idempotency-key-reused");
    }

    @Test
    void listSearchesFiltersAndPages() {
        String prefix = Api.uniqueCode("page");
        Organizations.provisionOperator(prefix + "_a");
        Organizations.provisionOperator(prefix + "_b");
        platform.post("/api/v1/platform/organizations", Organizations.authority(prefix + "_c", "330100").build());

        JsonObject page1 = platform.get("/api/v1/platform/organizations?q=" + prefix + "&size=2&page=1").json();
        assertThat(page1.getInt("total")).isEqualTo(3);
        assertThat(page1.getJsonArray("items")).hasSize(2);
        JsonObject page2 = platform.get("/api/v1/platform/organizations?q=" + prefix + "&size=2&page=2").json();
        assertThat(page2.getJsonArray("items")).hasSize(1);

        JsonObject authorities = platform.get("/api/v1/platform/organizations?q=" + prefix + "&kind=AUTHORITY").json();
        assertThat(authorities.getInt("total")).isEqualTo(1);
        assertThat(authorities.getJsonArray("items").getJsonObject(0).getString("code")).isEqualTo(prefix + "_c");

        assertThat(platform.get("/api/v1/platform/organizations?size=500").fieldError("size")).isNotNull();
    }

    @Test
    void suspendedOrganizationIsRefusedWithTheReasonAndKeepsItsData() {
        String code = Api.uniqueCode("susp");
        Organizations.provisionOperator(code);
        Api admin = Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
        admin.post("/api/v1/users", Json.createObjectBuilder().add("username", "keeper").add("displayName", "留守")
                .add("password", "Keeper2026").add("roles", Json.createArrayBuilder()).build());

        Api.Reply suspended = platform.post("/api/v1/platform/organizations/" + code + "/suspend",
                Json.createObjectBuilder().add("reason", "合同到期未续签").build());
        assertThat(suspended.status()).isEqualTo(200);
        assertThat(suspended.json().getString("status")).isEqualTo("SUSPENDED");

        Api.Reply login = Api.anonymous().post("/api/v1/auth/login", Json.createObjectBuilder()
                .add("organization", code).add("username", "admin").add("password", Organizations.ADMIN_PASSWORD).build());
        assertThat(login.status()).isEqualTo(403);
        assertThat(login.json().getString("code")).isEqualTo("organization-suspended");
        assertThat(login.json().getString("detail")).contains("合同到期未续签");

        Api.Reply oldToken = admin.get("/api/v1/users");
        assertThat(oldToken.status()).isEqualTo(403);
        assertThat(oldToken.json().getString("code")).isEqualTo("organization-suspended");

        assertThat(platform.post("/api/v1/platform/organizations/" + code + "/suspend",
                Json.createObjectBuilder().add("reason", "again").build()).status()).isEqualTo(409);
        assertThat(platform.post("/api/v1/platform/organizations/" + code + "/resume", null).json().getString("status"))
                .isEqualTo("ACTIVE");
        JsonObject users = admin.get("/api/v1/users?q=keeper").json();
        assertThat(users.getInt("total")).as("data kept through suspension").isEqualTo(1);
    }

    @Test
    void brandingChangesAreVisibleOnThePublicBrandingApi() {
        String code = Api.uniqueCode("brand");
        Organizations.provisionOperator(code);
        Api.Reply r = platform.put("/api/v1/platform/organizations/" + code + "/branding", Json.createObjectBuilder()
                .add("displayName", "新品牌").add("primaryColor", "#123456").add("logoUrl", "https://example.org/logo.png").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        JsonObject pub = Api.anonymous().get("/api/v1/public/branding?organization=" + code).json();
        assertThat(pub.getString("displayName")).isEqualTo("新品牌");
        assertThat(pub.getString("primaryColor")).isEqualTo("#123456");
        assertThat(pub.getString("logoUrl")).isEqualTo("https://example.org/logo.png");

        JsonObject byHost = Api.anonymous().header("Host", code + ".localhost").get("/api/v1/public/branding").json();
        assertThat(byHost.getString("code")).isEqualTo(code);

        String domain = code.replace('_', '-') + ".housing.example.cn";
        assertThat(platform.put("/api/v1/platform/organizations/" + code + "/branding", Json.createObjectBuilder()
                .add("displayName", "新品牌").add("customDomain", domain).build()).status()).isEqualTo(200);
        JsonObject byCustomDomain = Api.anonymous().header("Host", domain).get("/api/v1/public/branding").json();
        assertThat(byCustomDomain.getString("code")).isEqualTo(code);
        Api.Reply taken = platform.put("/api/v1/platform/organizations/demo/branding", Json.createObjectBuilder()
                .add("displayName", "安居示范运营").add("customDomain", domain).build());
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.fieldError("customDomain")).contains(domain);
        JsonObject platformBrand = Api.anonymous().get("/api/v1/public/branding").json();
        assertThat(platformBrand.getString("code")).isEqualTo("platform");
        assertThat(Api.anonymous().get("/api/v1/public/branding?organization=nobody_here").status()).isEqualTo(404);
    }

    @Test
    void onlyPlatformAdminsProvision() {
        Api operatorAdmin = Api.as("demo", "admin", "Demo@2026");
        Api.Reply r = operatorAdmin.post("/api/v1/platform/organizations", Organizations.operator(Api.uniqueCode("no")).build());
        assertThat(r.status()).isEqualTo(403);
        assertThat(r.json().getString("code")).isEqualTo("forbidden");
        assertThat(Api.anonymous().get("/api/v1/platform/organizations").status()).isEqualTo(401);
    }
}
