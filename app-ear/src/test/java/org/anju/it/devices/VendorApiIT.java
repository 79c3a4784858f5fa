package org.anju.it.devices;

import static org.anju.it.devices.VendorFixtures.authorize;
import static org.anju.it.devices.VendorFixtures.deviceId;
import static org.anju.it.devices.VendorFixtures.lock;
import static org.anju.it.devices.VendorFixtures.reply;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.anju.it.housing.Housing;
import org.anju.it.support.Api;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The signed vendor API against the running server (issue 7, R8.1c; docs/api/vendor-api.md): a platform admin creates
 * vendors and keys, operator A authorises them and operator B does not; what a vendor may do in A, and everything that
 * is refused — tampered, replayed, stale, unauthorised, foreign, revoked — as the vendor's gateway would see it.
 */
class VendorApiIT {

    static Api platform;
    static String orgA;
    static String orgB;
    static Api adminA;
    static Api adminB;
    static long unitA;
    static long unitB;
    static String vendor1;
    static String vendor2;
    static VendorClient v1;
    static VendorClient v2;
    static String secret1;

    @BeforeAll
    static void setUp() {
        platform = Api.platformAdmin();
        orgA = Api.uniqueCode("vapa");
        orgB = Api.uniqueCode("vapb");
        org.anju.it.support.Organizations.provisionOperator(orgA);
        org.anju.it.support.Organizations.provisionOperator(orgB);
        adminA = Api.as(orgA, "admin", org.anju.it.support.Organizations.ADMIN_PASSWORD);
        adminB = Api.as(orgB, "admin", org.anju.it.support.Organizations.ADMIN_PASSWORD);
        unitA = unit(adminA);
        unitB = unit(adminB);
        vendor1 = VendorFixtures.code("lockco");
        vendor2 = VendorFixtures.code("rival");
        VendorFixtures.createVendor(platform, vendor1);
        JsonObject issued = VendorFixtures.issueKey(platform, vendor1, null);
        secret1 = issued.getString("secret");
        v1 = VendorFixtures.client(issued);
        v2 = VendorFixtures.vendorWithKey(platform, vendor2);
        authorize(adminA, vendor1);
        authorize(adminA, vendor2);
    }

    static long unit(Api admin) {
        long project = Housing.project(admin, "安居苑");
        long building = Housing.building(admin, project, "1 号楼", 6);
        return Housing.unit(admin, building, "101", 1, "45.50");
    }

    static String devicesOf(String org) {
        return "/api/v1/vendor/organizations/" + org + "/devices";
    }

    /** What A's staff see of a device id in their registry (REST, as the console would ask). */
    static JsonObject inRegistry(Api admin, String deviceId) {
        Api.Reply r = admin.get("/api/v1/devices?page=1&size=20&q=" + deviceId);
        assertThat(r.status()).as(r.toString()).isEqualTo(200);
        return r.json().getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(d -> deviceId.equals(d.getString("deviceId"))).findFirst().orElse(null);
    }

    static void assertRefused(Api.Reply r, int status, String code) {
        assertThat(r.status()).as(r.toString()).isEqualTo(status);
        assertThat(r.isProblem()).as(r.contentType()).isTrue();
        assertThat(r.json().getString("code")).isEqualTo(code);
    }

    @Test
    void aSignedRegistrationWaitsForApprovalInTheOperatorsRegistry() {
        String id = deviceId("LK");
        JsonObject body = Json.createObjectBuilder(lock(id, unitA)).add("vendorCode", "somebody-else").build();
        Api.Reply r = reply(v1.call("POST", devicesOf(orgA), body.toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        assertThat(r.json().getString("deviceId")).isEqualTo(id);
        assertThat(r.json().getString("registration")).isEqualTo("PENDING");
        assertThat(r.json().containsKey("registeredBy")).as("the vendor's view shows no staff internals").isFalse();

        JsonObject seen = inRegistry(adminA, id);
        assertThat(seen).as("A's admin sees the vendor's registration").isNotNull();
        assertThat(seen.getString("registration")).isEqualTo("PENDING");
        assertThat(seen.getString("vendorCode")).as("the vendor's own code, whatever the body said").isEqualTo(vendor1);
        assertThat(seen.getString("registeredBy")).isEqualTo("vendor:" + vendor1);
        assertThat(seen.getJsonNumber("unitId").longValue()).isEqualTo(unitA);

        Api.Reply mine = reply(v1.call("GET", devicesOf(orgA) + "/" + id, null));
        assertThat(mine.status()).as(mine.toString()).isEqualTo(200);
        assertThat(mine.json().getString("registration")).isEqualTo("PENDING");
        Api.Reply list = reply(v1.call("GET", devicesOf(orgA) + "?registration=PENDING&page=1&size=200", null));
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(list.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("deviceId")))
                .contains(id);

        Api.Reply me = reply(v1.call("GET", "/api/v1/vendor/me", null));
        assertThat(me.status()).as(me.toString()).isEqualTo(200);
        assertThat(me.json().getString("code")).isEqualTo(vendor1);
        assertThat(me.json().getJsonArray("organizations").stream().map(v -> v.asJsonObject().getString("code")))
                .containsExactly(orgA);
    }

    @Test
    void tamperedBodyPathOrSignatureIsRefusedAndChangesNothing() {
        String id = deviceId("LK");
        String other = deviceId("LK");
        VendorClient.Signed signed = v1.sign("POST", devicesOf(orgA), lock(id, unitA).toString());

        assertRefused(reply(v1.send(signed.withBody(lock(other, unitA).toString()))), 401, "signature-invalid");
        assertRefused(reply(v1.send(signed.withPath(devicesOf(orgA) + "?x=1"))), 401, "signature-invalid");
        String sig = signed.signature();
        String flipped = sig.substring(0, 10) + (sig.charAt(10) == 'a' ? 'b' : 'a') + sig.substring(11);
        assertRefused(reply(v1.send(signed.withSignature(flipped))), 401, "signature-invalid");
        // Signed for A, sent to B: the path is signed, so it is a bad signature before it is a question of rights.
        assertRefused(reply(v1.send(signed.withPath(devicesOf(orgB)))), 401, "signature-invalid");

        assertThat(inRegistry(adminA, id)).isNull();
        assertThat(inRegistry(adminA, other)).isNull();
        // The refused attempts did not use up the nonce: the untouched request still goes through, once.
        assertThat(reply(v1.send(signed)).status()).isEqualTo(201);
        assertThat(inRegistry(adminA, id)).isNotNull();
    }

    @Test
    void aReplayedNonceIsRefused() {
        VendorClient.Signed signed = v1.sign("GET", "/api/v1/vendor/me", null);
        assertThat(reply(v1.send(signed)).status()).isEqualTo(200);
        assertRefused(reply(v1.send(signed)), 401, "nonce-reused");
        // The same nonce with a new timestamp (and so a new signature) is still a reused nonce.
        VendorClient.Signed again = v1.sign("GET", "/api/v1/vendor/me", new byte[0], Instant.now().getEpochSecond() + 1,
                signed.nonce());
        assertRefused(reply(v1.send(again)), 401, "nonce-reused");
    }

    @Test
    void aTimestampOutsideFiveMinutesIsRefused() {
        long now = Instant.now().getEpochSecond();
        Api.Reply old = reply(v1.send(v1.sign("GET", "/api/v1/vendor/me", new byte[0], now - 360, "old0123456789abcdef")));
        assertRefused(old, 401, "timestamp-skew");
        assertThat(Math.abs(old.json().getJsonNumber("serverTime").longValue() - now)).isLessThan(120);
        assertRefused(reply(v1.send(v1.sign("GET", "/api/v1/vendor/me", new byte[0], now + 360, "new0123456789abcdef"))),
                401, "timestamp-skew");
    }

    @Test
    void anOrganizationThatDidNotAuthoriseTheVendorIsForbidden() {
        String id = deviceId("LK");
        assertRefused(reply(v1.call("POST", devicesOf(orgB), lock(id, unitB).toString())), 403, "vendor-not-authorized");
        assertRefused(reply(v1.call("GET", devicesOf(orgB), null)), 403, "vendor-not-authorized");
        assertRefused(reply(v1.call("GET", devicesOf("nosuchorg"), null)), 403, "vendor-not-authorized");
        assertRefused(reply(v1.call("GET", devicesOf("platform"), null)), 403, "vendor-not-authorized");
        assertThat(inRegistry(adminB, id)).isNull();
        Api.Reply bSees = adminB.get("/api/v1/vendors/" + vendor1);
        assertThat(bSees.status()).as(bSees.toString()).isEqualTo(200);
        assertThat(bSees.json().getBoolean("authorized")).isFalse();
    }

    @Test
    void anotherVendorsDeviceIsNotFound() {
        String theirs = deviceId("RV");
        Api.Reply r = reply(v2.call("POST", devicesOf(orgA), lock(theirs, unitA).toString()));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);

        Api.Reply foreign = reply(v1.call("GET", devicesOf(orgA) + "/" + theirs, null));
        Api.Reply missing = reply(v1.call("GET", devicesOf(orgA) + "/NO-SUCH-DEVICE", null));
        assertRefused(foreign, 404, "vendor-device-not-found");
        assertRefused(missing, 404, "vendor-device-not-found");
        assertThat(foreign.json().getString("title")).isEqualTo(missing.json().getString("title"));
        Api.Reply list = reply(v1.call("GET", devicesOf(orgA) + "?page=1&size=200", null));
        assertThat(list.json().getJsonArray("items").stream().map(v -> v.asJsonObject().getString("deviceId")))
                .doesNotContain(theirs);
    }

    @Test
    void aRevokedOrUnknownKeyIsRefused() {
        String code = VendorFixtures.code("revo");
        VendorClient c = VendorFixtures.vendorWithKey(platform, code);
        assertThat(reply(c.call("GET", "/api/v1/vendor/me", null)).status()).isEqualTo(200);
        Api.Reply revoked = platform.post("/api/v1/platform/vendors/" + code + "/keys/" + c.keyId() + "/revocation",
                Json.createObjectBuilder().add("reason", "网关被盗").build());
        assertThat(revoked.status()).as(revoked.toString()).isEqualTo(200);
        assertThat(revoked.json().getString("status")).isEqualTo("REVOKED");
        assertThat(revoked.json().getString("revokedBy")).isEqualTo("admin@platform");
        assertRefused(reply(c.call("GET", "/api/v1/vendor/me", null)), 401, "key-revoked");

        VendorClient stranger = new VendorClient(Api.BASE, "vk_0000000000000000", "vs_whatever");
        assertRefused(reply(stranger.call("GET", "/api/v1/vendor/me", null)), 401, "key-unknown");
    }

    @Test
    void aRotatedKeyKeepsWorkingThroughItsGracePeriod() {
        String code = VendorFixtures.code("rota");
        VendorFixtures.createVendor(platform, code);
        JsonObject k1 = VendorFixtures.issueKey(platform, code, null);
        JsonObject k2 = VendorFixtures.issueKey(platform, code, 7);
        assertThat(k2.getJsonArray("rotated").getString(0)).isEqualTo(k1.getString("keyId"));
        VendorClient old = VendorFixtures.client(k1);
        VendorClient fresh = VendorFixtures.client(k2);
        assertThat(reply(old.call("GET", "/api/v1/vendor/me", null)).status()).as("old key within grace").isEqualTo(200);
        Api.Reply me = reply(fresh.call("GET", "/api/v1/vendor/me", null));
        assertThat(me.status()).as("new key").isEqualTo(200);
        assertThat(me.json().containsKey("keyExpiresAt") && !me.json().isNull("keyExpiresAt")).isFalse();

        Api.Reply keys = platform.get("/api/v1/platform/vendors/" + code + "/keys");
        JsonObject oldView = keys.array().stream().map(v -> v.asJsonObject())
                .filter(k -> k.getString("keyId").equals(k1.getString("keyId"))).findFirst().orElseThrow();
        assertThat(oldView.getString("status")).isEqualTo("EXPIRING");
        Instant end = Instant.parse(oldView.getString("expiresAt"));
        assertThat(end).isBetween(Instant.now().plusSeconds(7 * 86400 - 600), Instant.now().plusSeconds(7 * 86400 + 600));
        assertThat(oldView.isNull("lastUsedAt")).as("use of the old key is visible during the roll-over").isFalse();

        // An emergency rotation without grace ends the open key at once; the one already ending keeps its end.
        JsonObject k3 = VendorFixtures.issueKey(platform, code, 0);
        assertThat(k3.getJsonArray("rotated").stream().map(v -> ((jakarta.json.JsonString) v).getString()))
                .containsExactly(k2.getString("keyId"));
        assertRefused(reply(fresh.call("GET", "/api/v1/vendor/me", null)), 401, "key-expired");
        assertThat(reply(VendorFixtures.client(k3).call("GET", "/api/v1/vendor/me", null)).status()).isEqualTo(200);
        assertThat(reply(old.call("GET", "/api/v1/vendor/me", null)).status()).isEqualTo(200);
    }

    @Test
    void badInputIsA400NamingTheField() {
        Api.Reply badId = reply(v1.call("POST", devicesOf(orgA), lock("bad id!", unitA).toString()));
        assertThat(badId.status()).as(badId.toString()).isEqualTo(400);
        assertThat(badId.isProblem()).isTrue();
        assertThat(badId.fieldError("deviceId")).isNotNull();

        JsonObject noUnit = Json.createObjectBuilder().add("deviceId", deviceId("LK")).add("kind", "SMART_LOCK")
                .add("serial", "SN1").add("projectId", 1).build();
        Api.Reply lockWithoutUnit = reply(v1.call("POST", devicesOf(orgA), noUnit.toString()));
        assertThat(lockWithoutUnit.status()).as(lockWithoutUnit.toString()).isEqualTo(400);
        assertThat(lockWithoutUnit.fieldError("unitId")).isNotNull();

        Api.Reply notJson = reply(v1.call("POST", devicesOf(orgA), "{\"deviceId\":"));
        assertThat(notJson.status()).as(notJson.toString()).isEqualTo(400);
        assertThat(notJson.isProblem()).isTrue();

        String taken = deviceId("LK");
        assertThat(reply(v1.call("POST", devicesOf(orgA), lock(taken, unitA).toString())).status()).isEqualTo(201);
        Api.Reply again = reply(v1.call("POST", devicesOf(orgA), lock(taken, unitA).toString()));
        assertThat(again.status()).as(again.toString()).isEqualTo(400);
        assertThat(again.fieldError("deviceId")).isNotNull();

        Api.Reply badVendor = platform.post("/api/v1/platform/vendors", Json.createObjectBuilder()
                .add("code", "Bad Code").add("name", "x").build());
        assertThat(badVendor.status()).as(badVendor.toString()).isEqualTo(400);
        assertThat(badVendor.fieldError("code")).isNotNull();
        Api.Reply badGrace = platform.post("/api/v1/platform/vendors/" + vendor1 + "/keys",
                Json.createObjectBuilder().add("graceDays", 99).build());
        assertThat(badGrace.status()).as(badGrace.toString()).isEqualTo(400);
        assertThat(badGrace.fieldError("graceDays")).isNotNull();
    }

    @Test
    void unsignedCallsAndUsersTokensDoNotReachTheVendorApi() {
        Api.Reply anonymous = Api.anonymous().get("/api/v1/vendor/me");
        assertRefused(anonymous, 401, "signature-missing");
        Api.Reply withToken = adminA.get("/api/v1/vendor/organizations/" + orgA + "/devices");
        assertRefused(withToken, 401, "signature-missing");
        Api.Reply probe = Api.anonymous().get("/api/v1/vendor/no/such/path");
        assertRefused(probe, 401, "signature-missing");
        // And the vendor principal reaches nothing but the vendor API.
        VendorClient.Signed toStaffApi = v1.sign("GET", "/api/v1/devices?page=1", null);
        Api.Reply staff = reply(v1.send(toStaffApi));
        assertThat(staff.status()).as(staff.toString()).isIn(401, 403);
        // An operator's admin cannot manage vendors.
        assertThat(adminA.get("/api/v1/platform/vendors").status()).isEqualTo(403);
    }

    @Test
    void aSuspendedVendorIsRefusedUntilResumed() {
        String code = VendorFixtures.code("susp");
        VendorClient c = VendorFixtures.vendorWithKey(platform, code);
        Api.Reply s = platform.post("/api/v1/platform/vendors/" + code + "/suspension",
                Json.createObjectBuilder().add("reason", "资质过期").build());
        assertThat(s.status()).as(s.toString()).isEqualTo(200);
        assertThat(s.json().getString("status")).isEqualTo("SUSPENDED");
        assertRefused(reply(c.call("GET", "/api/v1/vendor/me", null)), 401, "vendor-suspended");
        Api.Reply cannotAuthorize = adminA.put("/api/v1/vendors/" + code + "/authorization", Json.createObjectBuilder().build());
        assertRefused(cannotAuthorize, 409, "vendor-suspended");
        assertThat(platform.post("/api/v1/platform/vendors/" + code + "/resumption", null).status()).isEqualTo(200);
        assertThat(reply(c.call("GET", "/api/v1/vendor/me", null)).status()).isEqualTo(200);
        Api.Reply history = platform.get("/api/v1/platform/vendors/" + code + "/history");
        assertThat(history.status()).as(history.toString()).isEqualTo(200);
        assertThat(history.array()).hasSize(3);
        assertThat(history.array().getJsonObject(1).getString("actor")).isEqualTo("admin@platform");
        assertThat(history.array().getJsonObject(1).getString("reason")).isEqualTo("资质过期");
    }

    @Test
    void secretsAndSignaturesStayOutOfTheLogs() throws java.io.IOException {
        VendorClient.Signed refused = v1.sign("POST", devicesOf(orgB), lock(deviceId("LK"), unitB).toString());
        assertThat(reply(v1.send(refused)).status()).isEqualTo(403);
        VendorClient.Signed bad = v1.sign("GET", "/api/v1/vendor/me", null);
        assertThat(reply(v1.send(bad.withBody("{}"))).status()).isEqualTo(401);
        Api.Reply sealed = platform.get("/api/v1/platform/vendors/" + vendor1 + "/keys");
        assertThat(sealed.body()).doesNotContain(secret1).doesNotContain("sealed").doesNotContain("vs1.");

        java.nio.file.Path logs = java.nio.file.Path.of("target/liberty/wlp/usr/servers/anju-it/logs");
        assertThat(java.nio.file.Files.exists(logs.resolve("messages.log"))).isTrue();
        java.util.List<String> leaks = new java.util.ArrayList<>();
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(logs)) {
            for (java.nio.file.Path f : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                String text = java.nio.file.Files.readString(f, java.nio.charset.StandardCharsets.ISO_8859_1);
                if (text.contains(secret1) || text.contains(refused.signature()) || text.contains(bad.signature())) {
                    leaks.add(f.getFileName().toString());
                }
            }
        }
        assertThat(leaks).as("log files holding a vendor secret or signature").isEmpty();
    }
}
