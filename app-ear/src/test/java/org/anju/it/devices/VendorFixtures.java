package org.anju.it.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;

import org.anju.it.support.Api;

/** Vendors, keys and authorisations made through the API, as a platform admin and an operator's admin would. */
public final class VendorFixtures {

    private VendorFixtures() {
    }

    /** A vendor code nobody used yet. */
    public static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
    }

    public static JsonObject createVendor(Api platform, String code) {
        Api.Reply r = platform.post("/api/v1/platform/vendors", Json.createObjectBuilder().add("code", code)
                .add("name", "测试厂商 " + code).add("contactName", "李工").add("contactPhone", "13800000000")
                .add("contactEmail", "ops@" + code + ".example.com").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    /** Issues a key (a rotation when the vendor has one) and returns the answer with the secret. */
    public static JsonObject issueKey(Api platform, String code, Integer graceDays) {
        JsonObjectBuilder b = Json.createObjectBuilder();
        if (graceDays != null) {
            b.add("graceDays", graceDays);
        }
        Api.Reply r = platform.post("/api/v1/platform/vendors/" + code + "/keys", b.build());
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json();
    }

    public static VendorClient client(JsonObject issued) {
        return new VendorClient(Api.BASE, issued.getString("keyId"), issued.getString("secret"));
    }

    /** A new vendor with one key, ready to sign. */
    public static VendorClient vendorWithKey(Api platform, String code) {
        createVendor(platform, code);
        return client(issueKey(platform, code, null));
    }

    public static void authorize(Api operatorAdmin, String vendorCode) {
        Api.Reply r = operatorAdmin.put("/api/v1/vendors/" + vendorCode + "/authorization",
                Json.createObjectBuilder().add("note", "门锁供应商").build());
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        assertThat(r.json().getBoolean("authorized")).isTrue();
    }

    public static Api.Reply reply(HttpResponse<String> r) {
        return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    }

    public static JsonObject lock(String deviceId, long unitId) {
        return Json.createObjectBuilder().add("deviceId", deviceId).add("kind", "SMART_LOCK").add("model", "S7")
                .add("serial", "SN-" + deviceId).add("unitId", unitId).build();
    }

    public static String deviceId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }
}
