package app.peach.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;

/**
 * Sends 10,000 generated bad requests (fixed seed) across every endpoint, open and coach-only: mutated and
 * truncated JSON, wrong types, huge and tiny numbers, NaN and Infinity strings, deep nesting, invalid UTF-8,
 * long strings, SQL and HTML injection in string fields and query parameters, bad dates and ids, oversized
 * bodies. No response may be a 5xx, and every 4xx must be an application/problem+json body.
 */
@QuarkusTest
class FuzzTest {
    static final long SEED = 20261123L;
    static final int REQUESTS = 10_000;
    static final ObjectMapper JSON = new ObjectMapper();
    static final String[] EVIL_STRINGS = { "' OR 1=1; DROP TABLE clients; --", "<script>alert(1)</script>", "\"; SELECT pg_sleep(10); --",
            "NaN", "Infinity", "-Infinity", "", " ", "null", "../../etc/passwd", "%00", "\u0000", "\uD83D\uDE00", "ß∂ƒ©˙∆",
            "x".repeat(5000), "1e400", "0x1F", "2026-02-30", "--", "{}", "[]" };
    static final String[] EVIL_NUMBERS = { "1e308", "-1e308", "1e-320", "0", "-1", "2147483648", "-2147483649",
            "99999999999999999999999999", "3.4028235E39", "0.0000001", "-0", "1E+400" };
    static final String[] BAD_DATES = { "2026-02-30", "99999-01-01", "0000-00-00", "yesterday", "2026-13-01", "1899-12-31",
            "3000-01-01", "2026-1-1", "%27%20OR%201%3D1", "2026-11-23T10:00:00" };

    record Target(String method, String path, String body, boolean auth) {
    }

    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    String base;
    String key;
    @Inject
    Clock clock; // the suite's fixed clock (app.peach.TestClock), the one the services see

    @Test
    void shouldNeverAnswer5xxAndAlwaysAnswer4xxWithAProblem() throws Exception {
        base = "http://localhost:" + RestAssured.port;
        key = coachKey();
        String clientId = newClient();
        String checkInId = checkIn(clientId);
        String today = LocalDate.now(clock).toString(); // by the injected clock, not the wall clock
        List<Target> targets = List.of(
                new Target("POST", "/api/v1/energy", "{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"activityLevel\":\"moderately_active\",\"formula\":\"katch_mcardle\",\"bodyFatPercent\":25}", false),
                new Target("POST", "/api/v1/targets", "{\"sex\":\"male\",\"age\":40,\"weightLb\":200,\"heightIn\":70,\"activityLevel\":\"sedentary\",\"goal\":\"fat_loss\",\"weeklyRateKg\":-0.5,\"targetWeightKg\":80,\"medicallySupervised\":false}", false),
                new Target("POST", "/api/v1/safety/evaluate", "{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,\"goal\":\"hip_dips\",\"dailyKcal\":1500,\"weeklyRateKg\":-0.4,\"proteinGPerKg\":1.6,\"strengthDaysPerWeek\":3,\"trainingDays\":[{\"day\":1,\"muscleGroups\":[\"gluteus_medius\"]}],\"aerobicMinutesPerWeek\":100,\"vigorousAerobicMinutesPerWeek\":10,\"exerciseKcalPerWeek\":2000,\"bodyFatPercent\":25,\"targetAreas\":[\"hips\"],\"pregnant\":false}", false),
                new Target("POST", "/api/v1/programs", "{\"goal\":\"butt_lift\",\"level\":\"beginner\",\"equipment\":[\"resistance_band\"],\"daysPerWeek\":3,\"sessionMinutes\":40,\"sitsMostOfDay\":true,\"weightKg\":60}", false),
                new Target("POST", "/api/v1/projections", "{\"sex\":\"male\",\"age\":40,\"weightKg\":90,\"heightCm\":180,\"activityLevel\":\"lightly_active\",\"targetWeightKg\":85,\"days\":120}", false),
                new Target("GET", "/api/v1/calorie-needs?sex=female&age=30&activityLevel=active", null, false),
                new Target("GET", "/api/v1/exercises?muscle=core&level=beginner&equipment=bodyweight&goal=fat_loss&page=0&size=5", null, false),
                new Target("GET", "/api/v1/exercises/plank", null, false),
                new Target("GET", "/api/v1/goals", null, false),
                new Target("POST", "/api/v1/clients", "{\"name\":\"Fuzz\",\"sex\":\"female\",\"birthDate\":\"1990-01-01\",\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"maintenance\",\"level\":\"beginner\",\"notes\":\"n\"}", true),
                new Target("PUT", "/api/v1/clients/" + clientId, "{\"name\":\"Fuzz\",\"sex\":\"female\",\"birthDate\":\"1990-01-01\",\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"maintenance\",\"version\":0}", true),
                new Target("GET", "/api/v1/clients/" + clientId, null, true),
                new Target("PUT", "/api/v1/clients/" + clientId + "/weigh-ins/" + today, "{\"weightKg\":70}", true),
                new Target("PUT", "/api/v1/clients/" + clientId + "/intake/" + today, "{\"kcal\":1800,\"proteinG\":100}", true),
                new Target("GET", "/api/v1/clients/" + clientId + "/weigh-ins?from=2026-01-01&to=" + today, null, true),
                new Target("GET", "/api/v1/clients/" + clientId + "/progress", null, true),
                new Target("GET", "/api/v1/clients?page=0&size=10", null, true),
                new Target("GET", "/api/v1/dashboard?page=0&size=10", null, true),
                new Target("POST", "/api/v1/admin/coaches", "{\"name\":\"Fuzz\",\"email\":\"fuzz@example.com\"}", false),
                new Target("POST", "/api/v1/body-composition", "{\"sex\":\"female\",\"heightCm\":165,\"weightKg\":60,\"waistCm\":70,\"hipCm\":100,\"neckCm\":32}", false),
                new Target("POST", "/api/v1/body-composition", "{\"sex\":\"male\",\"heightIn\":70.9,\"weightLb\":176,\"waistIn\":33.5,\"hipIn\":38,\"neckIn\":15}", false),
                new Target("PUT", "/api/v1/clients/" + clientId + "/measurements/" + today, "{\"waistCm\":70,\"hipCm\":100,\"thighCm\":55,\"neckCm\":32,\"bodyFatPercent\":25}", true),
                new Target("PUT", "/api/v1/clients/" + clientId + "/measurements/" + today, "{\"waistIn\":27.5,\"hipIn\":39.5,\"thighIn\":22,\"neckIn\":12.5}", true),
                new Target("GET", "/api/v1/clients/" + clientId + "/measurements?from=2026-01-01&to=" + today, null, true),
                new Target("POST", "/api/v1/clients/" + clientId + "/check-ins", null, true),
                new Target("GET", "/api/v1/clients/" + clientId + "/check-ins", null, true),
                new Target("GET", "/api/v1/clients/" + clientId + "/check-ins/" + checkInId, null, true),
                new Target("POST", "/api/v1/clients/" + clientId + "/check-ins/" + checkInId + "/approve", null, true),
                new Target("POST", "/api/v1/clients/" + clientId + "/check-ins/" + checkInId + "/reject", null, true),
                new Target("GET", "/api/v1/clients/" + clientId + "/targets", null, true),
                new Target("POST", "/api/v1/webhooks", "{\"url\":\"http://127.0.0.1:9/fuzz\",\"events\":[\"weigh_in.recorded\",\"client.verdict_changed\"]}", true),
                new Target("GET", "/api/v1/webhooks", null, true),
                new Target("PUT", "/api/v1/clients/" + clientId + "/workouts/" + today, "{\"exercises\":[{\"slug\":\"barbell_hip_thrust\",\"repsMin\":8,\"repsMax\":12,\"sets\":[{\"reps\":10,\"loadKg\":80,\"rir\":2},{\"reps\":0,\"loadKg\":90}]},{\"slug\":\"plank\",\"sets\":[{\"reps\":1}]}],\"notes\":\"n\"}", true),
                new Target("GET", "/api/v1/clients/" + clientId + "/workouts/" + today, null, true),
                new Target("GET", "/api/v1/clients/" + clientId + "/workouts?from=2026-01-01&to=" + today, null, true),
                new Target("GET", "/api/v1/clients/" + clientId + "/training?from=" + LocalDate.now(clock).minusDays(60) + "&to=" + today, null, true));

        Random random = new Random(SEED);
        Map<Integer, Integer> statuses = new java.util.TreeMap<>();
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Target t = targets.get(random.nextInt(targets.size()));
            HttpRequest request = mutate(t, random);
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            statuses.merge(response.statusCode(), 1, Integer::sum);
            String problem = check(response);
            if (problem != null && failures.size() < 20) {
                failures.add(request.method() + " " + request.uri() + " -> " + problem);
            }
        }
        System.out.println("Fuzzed " + REQUESTS + " requests, statuses: " + statuses);
        assertThat(failures).isEmpty();
        assertThat(statuses.keySet()).allMatch(s -> s < 500);
    }

    private static String check(HttpResponse<byte[]> response) {
        int status = response.statusCode();
        if (status >= 500) {
            return status + " " + new String(response.body(), StandardCharsets.UTF_8);
        }
        if (status >= 400) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/problem+json")) {
                return status + " without a problem body (" + type + ")";
            }
            try {
                JsonNode body = JSON.readTree(response.body());
                if (body.path("status").asInt() != status || !body.hasNonNull("title")) {
                    return status + " with an incomplete problem body";
                }
                String text = body.toString();
                if (text.contains("Exception") || text.contains("java.") || text.contains("at app.peach")) {
                    return status + " leaking internals: " + text;
                }
            } catch (Exception e) {
                return status + " with a body that is not JSON";
            }
        }
        return null;
    }

    private HttpRequest mutate(Target t, Random r) throws Exception {
        String path = t.path();
        String body = t.body();
        String contentType = "application/json";
        byte[] raw = null;
        int kind = r.nextInt(12);
        switch (kind) {
            case 0, 1, 2 -> body = body == null ? null : replaceField(body, r, randomValue(r));
            case 3 -> body = body == null ? null : removeField(body, r);
            case 4 -> body = body == null ? null : body.substring(0, r.nextInt(Math.max(1, body.length())));
            case 5 -> raw = body == null ? null : invalidUtf8(body, r);
            case 6 -> body = body == null ? null : nest(r.nextInt(3000) + 1);
            case 7 -> raw = body == null ? null : ("{\"pad\":\"" + "a".repeat(70_000) + "\"}").getBytes(StandardCharsets.UTF_8);
            case 8 -> path = mutateQuery(path, r);
            case 9 -> path = mutatePath(path, r);
            case 10 -> contentType = r.nextBoolean() ? "text/plain" : "application/xml";
            default -> body = body == null ? null : body.replaceFirst("\\{", "{\"" + pick(r, "sex", "age", "goal", "name") + "\":"
                    + randomValue(r) + ",");
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (t.auth()) {
            b.header("Authorization", "Bearer " + key);
        } else if (t.path().startsWith("/api/v1/admin")) {
            b.header("Authorization", "Bearer " + pick(r, "wrong", CoachingKeys.ADMIN_KEY));
        }
        HttpRequest.BodyPublisher publisher = raw != null ? HttpRequest.BodyPublishers.ofByteArray(raw)
                : body != null ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody();
        if (raw != null || body != null) {
            b.header("Content-Type", contentType);
        }
        String method = t.method().equals("GET") && r.nextInt(20) == 0 ? "DELETE" : t.method();
        return b.method(method, publisher).build();
    }

    private static String randomValue(Random r) throws Exception {
        return switch (r.nextInt(6)) {
            case 0 -> JSON.writeValueAsString(pick(r, EVIL_STRINGS));
            case 1 -> pick(r, EVIL_NUMBERS);
            case 2 -> pick(r, "true", "false", "null", "[]", "{}", "[1,2,3]", "{\"a\":{\"b\":1}}");
            case 3 -> JSON.writeValueAsString(pick(r, BAD_DATES));
            case 4 -> String.valueOf(r.nextGaussian() * Math.pow(10, r.nextInt(12)));
            default -> JSON.writeValueAsString("x".repeat(r.nextInt(3000)));
        };
    }

    private static String replaceField(String body, Random r, String value) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        String name = names.get(r.nextInt(names.size()));
        node.set(name, JSON.readTree(value));
        return node.toString();
    }

    private static String removeField(String body, Random r) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(body);
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        node.remove(names.get(r.nextInt(names.size())));
        return node.toString();
    }

    private static byte[] invalidUtf8(String body, Random r) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        int at = r.nextInt(bytes.length);
        byte[] out = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, out, 0, at);
        out[at] = (byte) 0xC3;
        out[at + 1] = (byte) 0x28;
        System.arraycopy(bytes, at, out, at + 2, bytes.length - at);
        return out;
    }

    private static String nest(int depth) {
        return "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
    }

    private static String mutateQuery(String path, Random r) throws Exception {
        String chosen = pick(r, EVIL_STRINGS);
        String evil = java.net.URLEncoder.encode(chosen.substring(0, Math.min(200, chosen.length())), StandardCharsets.UTF_8);
        String evilNumber = java.net.URLEncoder.encode(pick(r, EVIL_NUMBERS), StandardCharsets.UTF_8);
        return switch (r.nextInt(5)) {
            case 0 -> path.replaceAll("=[^&]*", "=" + evil);
            case 1 -> path.replaceAll("=(\\d+)", "=" + evilNumber);
            case 2 -> path + (path.contains("?") ? "&" : "?") + "page=" + evilNumber + "&size=" + evilNumber;
            case 3 -> path + (path.contains("?") ? "&" : "?") + "from=" + pick(r, BAD_DATES) + "&to=" + pick(r, BAD_DATES);
            default -> path + (path.contains("?") ? "&" : "?") + "equipment=" + evil + "&equipment=" + evil;
        };
    }

    private static String mutatePath(String path, Random r) {
        String query = path.contains("?") ? path.substring(path.indexOf('?')) : "";
        String p = path.contains("?") ? path.substring(0, path.indexOf('?')) : path;
        String bad = java.net.URLEncoder.encode(pick(r, "not-a-uuid", "00000000-0000-0000-0000-000000000000",
                "' OR 1=1", "..", "x".repeat(2000), "%", "1e400", "2026-02-30", "99999-99-99"), StandardCharsets.UTF_8);
        String[] parts = p.split("/");
        parts[parts.length - 1] = bad;
        return String.join("/", parts) + query;
    }

    @SafeVarargs
    private static <T> T pick(Random r, T... options) {
        return options[r.nextInt(options.length)];
    }

    private String coachKey() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/admin/coaches"))
                .header("Authorization", "Bearer " + CoachingKeys.ADMIN_KEY).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Fuzzer\",\"email\":\"fuzzer-" + System.nanoTime()
                        + "@example.com\"}")).build();
        return JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body()).get("apiKey").asText();
    }

    private String checkIn(String clientId) throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/clients/" + clientId + "/check-ins"))
                .header("Authorization", "Bearer " + key).POST(HttpRequest.BodyPublishers.noBody()).build();
        return JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body()).get("id").asText();
    }

    private String newClient() throws Exception {
        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "/api/v1/clients")).header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Fuzz\",\"sex\":\"female\",\"birthDate\":\"1990-01-01\","
                        + "\"heightCm\":165,\"activityLevel\":\"sedentary\",\"goal\":\"maintenance\"}")).build();
        return JSON.readTree(http.send(req, HttpResponse.BodyHandlers.ofString()).body()).get("id").asText();
    }
}
