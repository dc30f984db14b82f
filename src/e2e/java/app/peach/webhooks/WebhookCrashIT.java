package app.peach.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An acknowledged write's webhook survives a crash of the service: the packaged service, started the way the
 * README says ({@code bin/peach}) on its embedded PostgreSQL, acknowledges a weigh-in with dispatching switched
 * off (so nothing can have been sent), is killed with SIGKILL at once (its postmaster left behind as an orphan),
 * and after a restart on the same data directory the receiver gets that weigh-in's event, signed so that a
 * Standard Webhooks verifier accepts it.
 */
@EnabledOnOs(OS.LINUX) // bin/peach is a POSIX shell script; destroyForcibly is SIGKILL there
class WebhookCrashIT {
    private static final String ADMIN = "webhook-crash-it-admin-key";
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    private Process service;
    private int port;

    @AfterEach
    void stop() throws Exception {
        if (service != null && service.isAlive()) {
            service.destroy(); // SIGTERM: the service stops its PostgreSQL on the way out
            if (!service.waitFor(30, TimeUnit.SECONDS)) {
                service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    @Test
    void shouldDeliverAnAcknowledgedWeighInAfterTheServiceWasKilled() throws Exception {
        byte[] sealing = new byte[32];
        new SecureRandom().nextBytes(sealing);
        String sealingKey = Base64.getEncoder().encodeToString(sealing);
        port = freePort();
        try (TestReceiver receiver = TestReceiver.answering(204)) {
            start(sealingKey, false);
            String coachKey = post("/api/v1/admin/coaches", ADMIN, "{\"name\":\"Crash\",\"email\":\"crash@example.com\"}")
                    .get("apiKey").asText();
            String client = post("/api/v1/clients", coachKey, """
                    {"name":"Survivor","sex":"female","birthDate":"1990-01-01","heightCm":165,\
                    "activityLevel":"sedentary","goal":"maintenance"}""").get("id").asText();
            String secret = post("/api/v1/webhooks", coachKey,
                    "{\"url\":\"" + receiver.url() + "\",\"events\":[\"weigh_in.recorded\"]}").get("secret").asText();

            HttpResponse<String> weighIn = send(HttpRequest.newBuilder(uri("/api/v1/clients/" + client + "/weigh-ins/2026-11-01"))
                    .header("Authorization", "Bearer " + coachKey).header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"weightKg\":64.2}")));
            service.destroyForcibly().waitFor(10, TimeUnit.SECONDS);

            assertThat(weighIn.statusCode()).as("the weigh-in was acknowledged").isEqualTo(201);
            assertThat(receiver.received()).as("nothing sent while dispatching was off").isEmpty();

            start(sealingKey, true);
            List<TestReceiver.Received> got = receiver.await(1, Duration.ofSeconds(30));

            assertThat(got).as("the acknowledged weigh-in's event after the restart").hasSize(1);
            TestReceiver.Received delivery = got.get(0);
            StandardWebhooksVerifier.verify(secret, delivery.headers(), delivery.body(), Instant.now().getEpochSecond());
            JsonNode event = JSON.readTree(delivery.body());
            assertThat(event.get("type").asText()).isEqualTo("weigh_in.recorded");
            assertThat(event.at("/data/clientId").asText()).isEqualTo(client);
            assertThat(event.at("/data/date").asText()).isEqualTo("2026-11-01");
            assertThat(event.at("/data/weightKg").asDouble()).isEqualTo(64.2);
        }
    }

    /** Starts the packaged service through bin/peach on this test's data directory and waits until it is ready. */
    private void start(String sealingKey, boolean dispatch) throws Exception {
        Path log = work.resolve("service.log");
        service = new ProcessBuilder("bin/peach", "-Dquarkus.http.port=" + port, "-Dpeach.admin-key=" + ADMIN,
                "-Dpeach.embedded-db.dir=" + work.resolve("db"), "-Dpeach.webhooks.secret-key=" + sealingKey,
                "-Dpeach.webhooks.allowed-hosts=127.0.0.1", "-Dpeach.webhooks.dispatch-enabled=" + dispatch)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(service.isAlive()).as("the service exited; its log:\n%s", Files.readString(log)).isTrue();
            try {
                if (send(HttpRequest.newBuilder(uri("/q/health/ready"))).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not ready within 120 s; its log:\n" + Files.readString(log));
    }

    private JsonNode post(String path, String key, String body) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
        assertThat(r.statusCode()).as("POST %s: %s", path, r.body()).isEqualTo(201);
        return JSON.readTree(r.body());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
