package org.anju.it.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

/** Request bodies for provisioning, valid unless a test breaks them on purpose. */
public final class Organizations {

    public static final String ADMIN_PASSWORD = "Admin@2026";

    private Organizations() {
    }

    public static JsonObjectBuilder operator(String code) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "测试运营公司 " + code)
                .add("kind", "OPERATOR")
                .add("divisionCodes", Json.createArrayBuilder().add("330106"))
                .add("appointment", Json.createObjectBuilder()
                        .add("authorityCode", "demo_city").add("date", "2026-02-01").add("documentNumber", "测试〔2026〕" + code))
                .add("admin", Json.createObjectBuilder().add("username", "admin").add("password", ADMIN_PASSWORD)
                        .add("displayName", "管理员"))
                .add("branding", Json.createObjectBuilder().add("displayName", "品牌 " + code).add("primaryColor", "#AA3300"));
    }

    public static JsonObjectBuilder authority(String code, String division) {
        return Json.createObjectBuilder()
                .add("code", code)
                .add("name", "测试住房保障局 " + code)
                .add("kind", "AUTHORITY")
                .add("divisionCodes", Json.createArrayBuilder().add(division))
                .add("admin", Json.createObjectBuilder().add("username", "admin").add("password", ADMIN_PASSWORD));
    }

    /** Provisions an operator and returns its view; fails the test if it cannot. */
    public static JsonObject provisionOperator(String code) {
        Api.Reply r = Api.platformAdmin().post("/api/v1/platform/organizations", operator(code).build());
        if (r.status() != 201) {
            throw new AssertionError("provisioning " + code + " failed: " + r);
        }
        return r.json();
    }
}
