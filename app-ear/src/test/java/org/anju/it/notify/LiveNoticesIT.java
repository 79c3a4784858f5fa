package org.anju.it.notify;

import static org.anju.it.leasing.Leasing.ok;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import jakarta.json.JsonObject;

import org.anju.it.leasing.Leasing;
import org.anju.it.support.Api;
import org.junit.jupiter.api.Test;

/**
 * A notice reaches the signed-in user's open browser at once (issue 8: the live channel the alert center uses):
 * {@code GET /api/v1/live} streams server-sent events; a lease submitted for approval sends the approvers a notice,
 * which arrives on their stream as a {@code notice} event while another organization's stream stays silent. Without
 * a token the stream is refused.
 */
class LiveNoticesIT {

    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /** The lines a stream sent, read on a background thread until the test ends. */
    static final class Listener implements AutoCloseable {
        final List<String> lines = new CopyOnWriteArrayList<>();
        final java.util.concurrent.CompletableFuture<HttpResponse<Stream<String>>> response;

        Listener(Api api) {
            HttpRequest r = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/live"))
                    .header("Authorization", "Bearer " + api.token()).header("Accept", "text/event-stream").GET().build();
            response = CLIENT.sendAsync(r, HttpResponse.BodyHandlers.ofLines());
            // "event: x" and "event:x" are the same field; keep one spelling
            response.thenAccept(res -> res.body().forEach(l -> lines.add(l.replaceFirst("^(event|data):\\s*", "$1:"))));
        }

        boolean saw(String line) {
            return lines.stream().anyMatch(l -> l.contains(line));
        }

        void await(String line, String what) throws InterruptedException {
            for (int i = 0; i < 120 && !saw(line); i++) {
                Thread.sleep(250);
            }
            assertThat(saw(line)).as(what + "; the stream sent: " + lines).isTrue();
        }

        @Override
        public void close() {
            response.cancel(true);
        }
    }

    @Test
    void aNoticeArrivesOnTheApproversOpenStreamAndNowhereElse() throws Exception {
        Leasing.Operator a = Leasing.operator("lva");
        Leasing.Operator b = Leasing.operator("lvb");
        Api admin = a.admin();
        try (Listener mine = new Listener(admin); Listener other = new Listener(b.admin())) {
            mine.await("event:ready", "the stream says it is live");
            other.await("event:ready", "B's stream is live too");
            assertThat(mine.response.get(10, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse(""))
                    .startsWith("text/event-stream");

            JsonObject household = Leasing.createHousehold(admin, "实时通知户", Leasing.idNumber(1979), Leasing.phone());
            long unit = Leasing.pendingUnit(admin, "501");
            JsonObject lease = Leasing.draft(admin, Leasing.id(household), unit);
            ok(Leasing.act(admin, Leasing.id(lease), "submit", null));

            mine.await("event:notice", "the approver's notice arrives live");
            String data = mine.lines.stream().filter(l -> l.startsWith("data:") && l.contains("lease-approval"))
                    .findFirst().orElseThrow(() -> new AssertionError("no notice data in " + mine.lines));
            assertThat(data).contains("待审批：租赁合同 " + lease.getString("number"));
            assertThat(admin.get("/api/v1/notices?unread=true").array().toString())
                    .as("the same notice is in the list the bell reads").contains(lease.getString("number"));
            Thread.sleep(1000);
            assertThat(other.saw("event:notice")).as("B's stream hears nothing of A's lease: " + other.lines).isFalse();
        }
    }

    @Test
    void aNewAlertArrivesOnTheOpenAlertCentersOfItsOrganizationOnly() throws Exception {
        Leasing.Operator a = Leasing.operator("lwa");
        Leasing.Operator b = Leasing.operator("lwb");
        try (Listener mine = new Listener(a.admin()); Listener other = new Listener(b.admin())) {
            mine.await("event:ready", "live");
            other.await("event:ready", "B live");
            java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
            Leasing.Active expiring = Leasing.active(a, "实时预警户", "101", "shi.shi", today.minusYears(1), today.plusDays(20));
            mine.await("event:alert", "the expiry alert is pushed to the open console");
            String data = mine.lines.stream().filter(l -> l.startsWith("data:") && l.contains("CONTRACT_EXPIRY"))
                    .findFirst().orElseThrow(() -> new AssertionError("no alert data in " + mine.lines));
            assertThat(data).contains("\"status\":\"OPEN\"").contains("\"subjectId\":" + expiring.lease());
            Thread.sleep(1000);
            assertThat(other.saw("event:alert")).as("B's console hears nothing of A's alert: " + other.lines).isFalse();
        }
    }

    @Test
    void withoutATokenTheStreamIsRefused() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/api/v1/live"))
                .header("Accept", "text/event-stream").timeout(Duration.ofSeconds(20)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
    }
}
