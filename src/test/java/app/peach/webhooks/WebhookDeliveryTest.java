package app.peach.webhooks;

import static app.peach.coaching.CoachingApi.as;
import static app.peach.coaching.CoachingApi.newClient;
import static app.peach.coaching.CoachingApi.newCoachKey;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Deliveries to a receiver on loopback (allowed in the test profile, where retries wait 0.2 s × 4^(n-1)): signed
 * so that a Standard Webhooks verifier accepts them, within 5 s of the write, retried with the same webhook-id,
 * never following redirects, reading at most 4 KB, giving up on an attempt after 5 s without holding up requests,
 * and stopping when the subscription is deleted.
 */
@QuarkusTest
class WebhookDeliveryTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    Clock clock;

    @Test
    void shouldDeliverASignedWeighInWithinFiveSecondsThatAStandardWebhooksVerifierAccepts() throws Exception {
        try (TestReceiver receiver = TestReceiver.answering(200)) {
            String key = newCoachKey();
            String client = newClient(key, "Dana");
            JsonPath created = subscribe(key, receiver.url(), "weigh_in.recorded");
            String secret = created.getString("secret");
            String today = LocalDate.now(clock).toString();

            as(key).body("{\"weightKg\":71.4}").put("/api/v1/clients/" + client + "/weigh-ins/" + today).then().statusCode(201);
            long acknowledged = System.nanoTime();

            List<TestReceiver.Received> got = receiver.await(1, Duration.ofSeconds(10));
            assertThat(got).hasSize(1);
            TestReceiver.Received delivery = got.get(0);
            assertThat(Duration.ofNanos(delivery.nanoTime() - acknowledged)).isLessThan(Duration.ofSeconds(5));
            // a receiver checks the signature's timestamp against its own wall clock, as delivery runs on real time
            long now = java.time.Instant.now().getEpochSecond();
            assertThatCode(() -> StandardWebhooksVerifier.verify(secret, delivery.headers(), delivery.body(), now))
                    .doesNotThrowAnyException();
            assertThatThrownBy(() -> StandardWebhooksVerifier.verify(secret, delivery.headers(),
                    delivery.body().replace("71.4", "61.4"), now)).isInstanceOf(SecurityException.class);
            assertThatThrownBy(() -> StandardWebhooksVerifier.verify(subscribe(key, receiver.url(), "intake.recorded")
                    .getString("secret"), delivery.headers(), delivery.body(), now)).isInstanceOf(SecurityException.class);

            assertThat(delivery.header("webhook-id")).matches("msg_[0-9a-f]{32}");
            assertThat(Long.parseLong(delivery.header("webhook-timestamp"))).isBetween(now - 10, now);
            assertThat(delivery.header("content-type")).isEqualTo("application/json");
            JsonNode body = JSON.readTree(delivery.body());
            assertThat(body.get("type").asText()).isEqualTo("weigh_in.recorded");
            assertThat(body.get("timestamp").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d(\\.\\d+)?Z");
            assertThat(body.get("data").get("clientId").asText()).isEqualTo(client);
            assertThat(body.get("data").get("date").asText()).isEqualTo(today);
            assertThat(body.get("data").get("weightKg").asDouble()).isEqualTo(71.4);

            JsonPath d = awaitDelivery(key, created.getString("id"), p -> "delivered".equals(p.getString("items[0].status")));
            assertThat(d.getString("items[0].messageId")).isEqualTo(delivery.header("webhook-id"));
            assertThat(d.getInt("items[0].attemptCount")).isEqualTo(1);
            assertThat(d.getString("items[0].attempts[0].outcome")).isEqualTo("delivered");
            assertThat(d.getInt("items[0].attempts[0].responseCode")).isEqualTo(200);
            assertThat(d.getString("items[0].nextAttemptAt")).isNull();
        }
    }

    @Test
    void shouldRetryAFailingReceiverWithTheSameWebhookIdUntilItAnswers2xx() throws Exception {
        try (TestReceiver receiver = TestReceiver.answering(500, 503, 200)) {
            String key = newCoachKey();
            String client = newClient(key, "Mia");
            JsonPath created = subscribe(key, receiver.url(), "intake.recorded");
            as(key).body("{\"kcal\":1750,\"proteinG\":120}").put("/api/v1/clients/" + client + "/intake/" + LocalDate.now(clock))
                    .then().statusCode(201);

            List<TestReceiver.Received> got = receiver.await(3, Duration.ofSeconds(20));
            assertThat(got).hasSize(3);
            assertThat(got).extracting(r -> r.header("webhook-id")).containsOnly(got.get(0).header("webhook-id"));
            assertThat(got).extracting(TestReceiver.Received::body).containsOnly(got.get(0).body());
            // a receiver checks the signature's timestamp against its own wall clock, as delivery runs on real time
            long now = java.time.Instant.now().getEpochSecond();
            for (TestReceiver.Received r : got) {
                assertThatCode(() -> StandardWebhooksVerifier.verify(created.getString("secret"), r.headers(), r.body(), now))
                        .doesNotThrowAnyException();
            }
            JsonNode data = JSON.readTree(got.get(0).body()).get("data");
            assertThat(data.get("kcal").asInt()).isEqualTo(1750);
            assertThat(data.get("proteinG").asInt()).isEqualTo(120);

            JsonPath d = awaitDelivery(key, created.getString("id"), p -> "delivered".equals(p.getString("items[0].status")));
            assertThat(d.getInt("items[0].attemptCount")).isEqualTo(3);
            assertThat(d.getList("items[0].attempts.outcome")).containsExactly("http_error", "http_error", "delivered");
            assertThat(d.getList("items[0].attempts.responseCode")).containsExactly(500, 503, 200);
            Thread.sleep(1500);
            assertThat(receiver.received()).as("nothing after the 2xx").hasSize(3);
        }
    }

    @Test
    void shouldNotFollowRedirects() throws Exception {
        try (TestReceiver elsewhere = TestReceiver.answering(200);
                TestReceiver redirecting = new TestReceiver((nth, ex) -> {
                    ex.getResponseHeaders().add("Location", elsewhere.url());
                    TestReceiver.status(ex, 302);
                })) {
            String key = newCoachKey();
            String client = newClient(key, "Ava");
            JsonPath created = subscribe(key, redirecting.url(), "weigh_in.recorded");
            as(key).body("{\"weightKg\":60}").put("/api/v1/clients/" + client + "/weigh-ins/" + LocalDate.now(clock))
                    .then().statusCode(201);

            JsonPath d = awaitDelivery(key, created.getString("id"), p -> p.getInt("items[0].attemptCount") >= 1
                    && !p.getList("items[0].attempts").isEmpty());
            assertThat(d.getString("items[0].attempts[0].outcome")).isEqualTo("http_error");
            assertThat(d.getInt("items[0].attempts[0].responseCode")).isEqualTo(302);
            assertThat(d.getString("items[0].status")).isEqualTo("pending");
            assertThat(elsewhere.received()).isEmpty();
            delete(key, created.getString("id"));
        }
    }

    @Test
    void shouldGiveUpAnAttemptAfterFiveSecondsWithoutHoldingUpRequests() throws Exception {
        try (TestReceiver receiver = new TestReceiver((nth, ex) -> {
            if (nth == 1) {
                sleep(Duration.ofSeconds(8)); // no answer within the deadline
            }
            TestReceiver.status(ex, 204);
        })) {
            String key = newCoachKey();
            String client = newClient(key, "Zoe");
            JsonPath created = subscribe(key, receiver.url(), "weigh_in.recorded");
            LocalDate today = LocalDate.now(clock);
            as(key).body("{\"weightKg\":66}").put("/api/v1/clients/" + client + "/weigh-ins/" + today).then().statusCode(201);
            assertThat(receiver.await(1, Duration.ofSeconds(10))).hasSize(1);

            long before = System.nanoTime(); // the receiver is stalled now: requests must not wait for it
            as(key).body("{\"weightKg\":65.8}").put("/api/v1/clients/" + client + "/weigh-ins/" + today.minusDays(1))
                    .then().statusCode(201);
            assertThat(Duration.ofNanos(System.nanoTime() - before)).isLessThan(Duration.ofSeconds(2));

            JsonPath d = awaitDelivery(key, created.getString("id"), p -> p.getList("items.status").size() == 2
                    && p.getList("items.status").stream().allMatch("delivered"::equals));
            int first = d.getString("items[0].attempts[0].outcome").equals("timeout") ? 0 : 1;
            assertThat(d.getString("items[" + first + "].attempts[0].outcome")).isEqualTo("timeout");
            assertThat(d.getString("items[" + first + "].attempts[0].responseCode")).isNull();
            assertThat(d.getInt("items[" + first + "].attempts[0].durationMs")).isBetween(5000, 6500);
            assertThat(d.getString("items[" + first + "].attempts[1].outcome")).isEqualTo("delivered");
        }
    }

    @Test
    void shouldReadAtMostFourKilobytesOfTheAnswer() throws Exception {
        AtomicLong written = new AtomicLong();
        AtomicBoolean cutOff = new AtomicBoolean();
        long huge = 256L * 1024 * 1024;
        try (TestReceiver receiver = new TestReceiver((nth, ex) -> {
            ex.sendResponseHeaders(200, huge);
            byte[] chunk = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                while (written.get() < huge) {
                    out.write(chunk);
                    written.addAndGet(chunk.length);
                }
            } catch (IOException e) {
                cutOff.set(true); // Peach closed the connection
            }
        })) {
            String key = newCoachKey();
            String client = newClient(key, "Lea");
            JsonPath created = subscribe(key, receiver.url(), "weigh_in.recorded");
            as(key).body("{\"weightKg\":58.2}").put("/api/v1/clients/" + client + "/weigh-ins/" + LocalDate.now(clock))
                    .then().statusCode(201);
            JsonPath d = awaitDelivery(key, created.getString("id"), p -> "delivered".equals(p.getString("items[0].status")));
            assertThat(d.getInt("items[0].attempts[0].durationMs")).isLessThan(5000);
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (!cutOff.get() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            assertThat(cutOff).as("the receiver could not send its whole answer").isTrue();
            assertThat(written.get()).isLessThan(huge);
        }
    }

    @Test
    void shouldSendNothingMoreToADeletedWebhook() throws Exception {
        try (TestReceiver receiver = TestReceiver.answering(500)) {
            String key = newCoachKey();
            String client = newClient(key, "Ivy");
            JsonPath created = subscribe(key, receiver.url(), "weigh_in.recorded");
            as(key).body("{\"weightKg\":70}").put("/api/v1/clients/" + client + "/weigh-ins/" + LocalDate.now(clock))
                    .then().statusCode(201);
            assertThat(receiver.await(1, Duration.ofSeconds(10))).isNotEmpty();

            delete(key, created.getString("id"));
            Thread.sleep(300); // an attempt already under way may still land
            int afterDelete = receiver.received().size();
            Thread.sleep(3000); // without the delete, attempts 3 and 4 would come within 0.2 × (4 + 16) s × 1.2
            assertThat(receiver.received()).hasSize(afterDelete);
            as(key).when().get("/api/v1/webhooks/" + created.getString("id") + "/deliveries").then().statusCode(404);
        }
    }

    @Test
    void shouldTellWhenAClientsVerdictChanges() throws Exception {
        try (TestReceiver receiver = TestReceiver.answering(200)) {
            String key = newCoachKey();
            String client = newClient(key, "Noa"); // exists before the subscription: its verdict is recorded then
            String url = "/api/v1/clients/" + client;
            JsonPath created = subscribe(key, receiver.url(), "client.verdict_changed");
            LocalDate today = LocalDate.now(clock);

            as(key).body("{\"weightKg\":64}").put(url + "/weigh-ins/" + today).then().statusCode(201); // still ok
            as(key).body("{\"kcal\":900}").put(url + "/intake/" + today).then().statusCode(201); // below the 1,200 floor
            assertThat(receiver.await(1, Duration.ofSeconds(10))).hasSize(1);
            as(key).body("{\"kcal\":1900}").put(url + "/intake/" + today).then().statusCode(200); // back above it

            List<TestReceiver.Received> got = receiver.await(2, Duration.ofSeconds(10));
            assertThat(got).hasSize(2);
            JsonNode unsafe = JSON.readTree(got.get(0).body());
            assertThat(unsafe.get("type").asText()).isEqualTo("client.verdict_changed");
            assertThat(unsafe.get("data").get("clientId").asText()).isEqualTo(client);
            assertThat(unsafe.get("data").get("previousVerdict").asText()).isEqualTo("ok");
            assertThat(unsafe.get("data").get("verdict").asText()).isEqualTo("unsafe");
            assertThat(unsafe.get("data").get("findings").findValuesAsText("code")).contains("CALORIES_BELOW_FLOOR");
            JsonNode back = JSON.readTree(got.get(1).body());
            assertThat(back.get("data").get("previousVerdict").asText()).isEqualTo("unsafe");
            assertThat(back.get("data").get("verdict").asText()).isNotEqualTo("unsafe");
            assertThat(created.getList("events")).containsExactly("client.verdict_changed");
            Thread.sleep(500);
            assertThat(receiver.received()).as("no event while the verdict stays the same").hasSize(2);
        }
    }

    @Test
    void shouldTellWhenAWorkoutChangesAClientsVerdict() throws Exception {
        try (TestReceiver receiver = TestReceiver.answering(200)) {
            String key = newCoachKey();
            String client = newClient(key, "Ida");
            String url = "/api/v1/clients/" + client + "/workouts/";
            subscribe(key, receiver.url(), "client.verdict_changed");
            LocalDate today = LocalDate.now(clock);
            // 11 hip-thrust sets: 11 weekly sets for gluteus maximus, still within the studied range
            as(key).body(hipThrusts(11)).put(url + today.minusDays(2)).then().statusCode(201);
            // 11 more in the same week: 22 > 20, VOLUME_ABOVE_STUDIED_RANGE (a warning): the verdict turns caution
            as(key).body(hipThrusts(11)).put(url + today).then().statusCode(201);
            List<TestReceiver.Received> got = receiver.await(1, Duration.ofSeconds(10));
            assertThat(got).hasSize(1);
            JsonNode changed = JSON.readTree(got.get(0).body());
            assertThat(changed.get("data").get("previousVerdict").asText()).isEqualTo("ok");
            assertThat(changed.get("data").get("verdict").asText()).isEqualTo("caution");
            assertThat(changed.get("data").get("findings").findValuesAsText("code")).contains("VOLUME_ABOVE_STUDIED_RANGE");

            // deleting the second workout takes the week back to 11 sets: the verdict returns to ok
            as(key).delete(url + today).then().statusCode(204);
            List<TestReceiver.Received> both = receiver.await(2, Duration.ofSeconds(10));
            assertThat(both).hasSize(2);
            JsonNode back = JSON.readTree(both.get(1).body());
            assertThat(back.get("data").get("previousVerdict").asText()).isEqualTo("caution");
            assertThat(back.get("data").get("verdict").asText()).isEqualTo("ok");
        }
    }

    private static String hipThrusts(int sets) {
        return "{\"exercises\":[{\"slug\":\"barbell_hip_thrust\",\"sets\":["
                + String.join(",", java.util.Collections.nCopies(sets, "{\"reps\":10,\"loadKg\":60}")) + "]}]}";
    }

    @Test
    void shouldSendACoachOnlyTheEventsOfItsClientsThatItAskedFor() throws Exception {
        try (TestReceiver receiver = TestReceiver.answering(200)) {
            String key = newCoachKey();
            String client = newClient(key, "Eve");
            String otherKey = newCoachKey();
            String otherClient = newClient(otherKey, "Kim");
            subscribe(key, receiver.url(), "intake.recorded");
            LocalDate today = LocalDate.now(clock);
            as(key).body("{\"weightKg\":70}").put("/api/v1/clients/" + client + "/weigh-ins/" + today).then().statusCode(201);
            as(otherKey).body("{\"kcal\":2000}").put("/api/v1/clients/" + otherClient + "/intake/" + today).then().statusCode(201);
            as(key).body("{\"kcal\":2100}").put("/api/v1/clients/" + client + "/intake/" + today).then().statusCode(201);

            List<TestReceiver.Received> got = receiver.await(1, Duration.ofSeconds(10));
            Thread.sleep(1000);
            assertThat(receiver.received()).hasSize(1);
            JsonNode body = JSON.readTree(got.get(0).body());
            assertThat(body.get("type").asText()).isEqualTo("intake.recorded");
            assertThat(body.get("data").get("clientId").asText()).isEqualTo(client);
            assertThat(body.get("data").get("kcal").asInt()).isEqualTo(2100);
            assertThat(body.get("data").has("proteinG")).isTrue();
            assertThat(body.get("data").get("proteinG").isNull()).isTrue();
        }
    }

    static JsonPath subscribe(String key, String url, String... events) {
        String body = "{\"url\":\"" + url + "\",\"events\":[" + String.join(",",
                java.util.Arrays.stream(events).map(e -> "\"" + e + "\"").toList()) + "]}";
        return as(key).body(body).when().post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
    }

    static void delete(String key, String id) {
        as(key).when().delete("/api/v1/webhooks/" + id).then().statusCode(204);
    }

    /** Polls the deliveries of a webhook until the condition holds (at most 20 s). */
    static JsonPath awaitDelivery(String key, String webhookId, Predicate<JsonPath> done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = as(key).when().get("/api/v1/webhooks/" + webhookId + "/deliveries").then().statusCode(200)
                    .extract().jsonPath();
            if (!last.getList("items").isEmpty() && done.test(last)) {
                return last;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("deliveries never reached the expected state: " + (last == null ? null : last.prettify()));
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static Map<String, String> headers(TestReceiver.Received r) {
        return r.headers();
    }
}
