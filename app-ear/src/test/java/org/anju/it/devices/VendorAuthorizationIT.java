package org.anju.it.devices;

import static org.anju.it.devices.VendorFixtures.deviceId;
import static org.anju.it.devices.VendorFixtures.lock;
import static org.anju.it.devices.VendorFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.support.Api;
import org.anju.it.support.Organizations;
import org.junit.jupiter.api.Test;

/**
 * Operators authorise vendors (docs/api/vendor-api.md section 2): the catalogue, authorising and withdrawing with the
 * log of who did it, the platform's view of where a vendor is authorised, and two organizations with the same ids
 * each seeing only their own authorisation and their own devices.
 */
class VendorAuthorizationIT {

    static Api operator(String prefix) {
        String code = Api.uniqueCode(prefix);
        Organizations.provisionOperator(code);
        return Api.as(code, "admin", Organizations.ADMIN_PASSWORD);
    }

    static String orgOf(Api admin) {
        Api.Reply me = admin.get("/api/v1/me");
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        return me.json().getJsonObject("organization").getString("code");
    }

    @Test
    void authorisingAndWithdrawingIsLoggedAndTakesEffectAtOnce() {
        Api platform = Api.platformAdmin();
        Api admin = operator("vaua");
        String org = orgOf(admin);
        String vendor = VendorFixtures.code("auth");
        VendorClient client = VendorFixtures.vendorWithKey(platform, vendor);
        String devices = "/api/v1/vendor/organizations/" + org + "/devices";

        Api.Reply before = admin.get("/api/v1/vendors?q=" + vendor);
        assertThat(before.status()).as(before.toString()).isEqualTo(200);
        JsonObject entry = before.json().getJsonArray("items").getJsonObject(0);
        assertThat(entry.getString("code")).isEqualTo(vendor);
        assertThat(entry.getBoolean("authorized")).isFalse();
        assertThat(reply(client.call("GET", devices, null)).status()).isEqualTo(403);

        VendorFixtures.authorize(admin, vendor);
        VendorFixtures.authorize(admin, vendor); // twice: one log line
        Api.Reply now = admin.get("/api/v1/vendors/" + vendor);
        assertThat(now.json().getBoolean("authorized")).isTrue();
        assertThat(now.json().getString("authorizedBy")).isEqualTo("admin@" + org);
        assertThat(admin.get("/api/v1/vendors?authorized=true&size=200").json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("code"))).contains(vendor);
        assertThat(reply(client.call("GET", devices, null)).status()).isEqualTo(200);

        Api.Reply withdrawn = admin.delete("/api/v1/vendors/" + vendor + "/authorization");
        assertThat(withdrawn.status()).as(withdrawn.toString()).isEqualTo(200);
        assertThat(withdrawn.json().getBoolean("authorized")).isFalse();
        assertThat(withdrawn.json().getString("withdrawnBy")).isEqualTo("admin@" + org);
        Api.Reply refused = reply(client.call("GET", devices, null));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
        assertThat(refused.json().getString("code")).isEqualTo("vendor-not-authorized");

        Api.Reply log = admin.get("/api/v1/vendors/authorization-log?vendor=" + vendor);
        assertThat(log.status()).as(log.toString()).isEqualTo(200);
        List<String> actions = log.json().getJsonArray("items").stream()
                .map(v -> v.asJsonObject().getString("action")).toList();
        assertThat(actions).containsExactly("WITHDRAWN", "AUTHORIZED");
        assertThat(log.json().getJsonArray("items").getJsonObject(1).getString("actor")).isEqualTo("admin@" + org);
        assertThat(log.json().getJsonArray("items").getJsonObject(1).getString("note")).isEqualTo("门锁供应商");

        Api.Reply where = platform.get("/api/v1/platform/vendors/" + vendor + "/organizations");
        assertThat(where.status()).as(where.toString()).isEqualTo(200);
        JsonObject row = where.array().getJsonObject(0);
        assertThat(row.getString("organizationCode")).isEqualTo(org);
        assertThat(row.getBoolean("authorized")).isFalse();
        assertThat(row.getString("withdrawnBy")).isEqualTo("admin@" + org);
    }

    @Test
    void twoOrganizationsSeeOnlyTheirOwnAuthorisationsAndDevices() {
        Api platform = Api.platformAdmin();
        Api adminA = operator("vaub");
        Api adminC = operator("vauc");
        String orgA = orgOf(adminA);
        String orgC = orgOf(adminC);
        // The same housing ids in both schemas: the first project, building and unit of a fresh organization.
        long unitA = VendorApiIT.unit(adminA);
        long unitC = VendorApiIT.unit(adminC);
        assertThat(unitC).isEqualTo(unitA);

        String vendor = VendorFixtures.code("both");
        VendorClient client = VendorFixtures.vendorWithKey(platform, vendor);
        VendorFixtures.authorize(adminA, vendor);
        VendorFixtures.authorize(adminC, vendor);
        String inA = deviceId("A");
        String inC = deviceId("C");
        assertThat(reply(client.call("POST", "/api/v1/vendor/organizations/" + orgA + "/devices",
                lock(inA, unitA).toString())).status()).isEqualTo(201);
        assertThat(reply(client.call("POST", "/api/v1/vendor/organizations/" + orgC + "/devices",
                lock(inC, unitC).toString())).status()).isEqualTo(201);

        assertThat(deviceIds(client, orgA)).containsExactly(inA);
        assertThat(deviceIds(client, orgC)).containsExactly(inC);
        assertThat(VendorApiIT.inRegistry(adminA, inC)).isNull();
        assertThat(VendorApiIT.inRegistry(adminC, inA)).isNull();
        assertThat(reply(client.call("GET", "/api/v1/vendor/organizations/" + orgC + "/devices/" + inA, null)).status())
                .isEqualTo(404);
        assertThat(adminA.get("/api/v1/vendors/" + vendor).json().getJsonNumber("devices").longValue()).isEqualTo(1);

        // C withdraws: A's authorisation and log are untouched, C's log has only C's lines.
        assertThat(adminC.delete("/api/v1/vendors/" + vendor + "/authorization").status()).isEqualTo(200);
        assertThat(adminA.get("/api/v1/vendors/" + vendor).json().getBoolean("authorized")).isTrue();
        assertThat(reply(client.call("GET", "/api/v1/vendor/organizations/" + orgA + "/devices", null)).status())
                .isEqualTo(200);
        assertThat(adminA.get("/api/v1/vendors/authorization-log?vendor=" + vendor).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("actor"))).containsExactly("admin@" + orgA);
        assertThat(adminC.get("/api/v1/vendors/authorization-log?vendor=" + vendor).json().getJsonArray("items")
                .stream().map(v -> v.asJsonObject().getString("actor"))).containsOnly("admin@" + orgC);
        Api.Reply me = reply(client.call("GET", "/api/v1/vendor/me", null));
        assertThat(me.json().getJsonArray("organizations").stream().map(v -> v.asJsonObject().getString("code")))
                .containsExactly(orgA);
    }

    static List<String> deviceIds(VendorClient client, String org) {
        Api.Reply r = reply(client.call("GET", "/api/v1/vendor/organizations/" + org + "/devices?page=1&size=200", null));
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("deviceId")).toList();
    }

    @Test
    void theCatalogueNeedsItsPermissions() {
        Api anonymous = Api.anonymous();
        assertThat(anonymous.get("/api/v1/vendors").status()).isEqualTo(401);
        assertThat(anonymous.put("/api/v1/vendors/x/authorization", Json.createObjectBuilder().build()).status())
                .isEqualTo(401);
        Api platform = Api.platformAdmin();
        assertThat(platform.get("/api/v1/vendors").status()).as("platform admins hold platform:*, not vendor:*")
                .isEqualTo(403);
    }
}
