package app.peach.projections;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.closeTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.inject.Inject;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectionResourceTest {
    static final String TEN_YEAR_TARGET = "{\"sex\":\"female\",\"age\":30,\"weightKg\":80,\"heightCm\":165,"
            + "\"activityLevel\":\"moderately_active\",\"targetWeightKg\":70,\"days\":3650}";

    @Inject
    ProjectionPool pool;

    static final io.restassured.config.RestAssuredConfig DOUBLES = io.restassured.RestAssured.config()
            .jsonConfig(io.restassured.config.JsonConfig.jsonConfig()
                    .numberReturnType(io.restassured.path.json.config.JsonPathConfig.NumberReturnType.DOUBLE));
    @Inject
    Clock clock; // the suite's fixed clock (app.peach.TestClock), the one the services see

    @Test
    void shouldReproduceTheReferenceRunThroughTheApi() {
        given().config(DOUBLES).contentType("application/json").body(ProjectionExamples.REFERENCE_RUN).when().post("/api/v1/projections")
                .then().statusCode(200)
                .body("model", equalTo("hall_2011_adult"))
                .body("days", equalTo(364))
                .body("points[0].day", equalTo(0))
                .body("points[1].day", equalTo(7))
                .body("points[-1].day", equalTo(364))
                .body("finalWeightKg", closeTo(76.26, 0.05))
                .body("staticRule.finalWeightKg", closeTo(90 - 500 * 364 / 7700.0, 0.01))
                .body("safety.verdict", notNullValue());
    }

    @Test
    void shouldSolveForATargetAndItsMaintenance() {
        var json = given().config(DOUBLES).contentType("application/json").body(ProjectionExamples.TARGET).when().post("/api/v1/projections")
                .then().statusCode(200).body("kcalToReachTarget", notNullValue()).body("kcalToMaintainTarget", notNullValue())
                .body("finalWeightKg", closeTo(72, 0.1)).body("daysToTarget", notNullValue()).extract().jsonPath();
        int intake = json.getInt("kcalToReachTarget");
        // fed back as dailyKcal, the intake reaches the target within 0.1 kg
        given().config(DOUBLES).contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":35,\"weightKg\":80,\"heightCm\":165,\"activityLevel\":\"lightly_active\","
                        + "\"dailyKcal\":" + intake + ",\"days\":180}")
                .when().post("/api/v1/projections").then().statusCode(200).body("finalWeightKg", closeTo(72, 0.1));
    }

    @Test
    void shouldFlagATargetThatCannotBeReachedSafely() {
        LocalDate inSixtyDays = LocalDate.now(clock).plusDays(60); // by the injected clock, not the wall clock
        given().config(DOUBLES).contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":35,\"weightKg\":80,\"heightCm\":165,\"activityLevel\":\"lightly_active\","
                        + "\"targetWeightKg\":65,\"targetDate\":\"" + inSixtyDays + "\"}")
                .when().post("/api/v1/projections").then().statusCode(200)
                .body("safety.verdict", equalTo("unsafe"))
                .body("safety.findings.code", hasItem("CALORIES_BELOW_FLOOR"));
        given().config(DOUBLES).contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":35,\"weightKg\":80,\"heightCm\":165,\"activityLevel\":\"lightly_active\","
                        + "\"targetWeightKg\":40,\"days\":14}")
                .when().post("/api/v1/projections").then().statusCode(200)
                .body("kcalToReachTarget", nullValue())
                .body("safety.findings.code", hasItem("TARGET_UNREACHABLE"));
    }

    /** The heaviest request there is: dozens of 10-year runs to find the intake, on the bounded pool. */
    @Test
    void shouldSolveATenYearTarget() {
        given().config(DOUBLES).contentType("application/json").body(TEN_YEAR_TARGET).when().post("/api/v1/projections")
                .then().statusCode(200)
                .body("days", equalTo(3650))
                .body("points[-1].day", equalTo(3650))
                .body("kcalToReachTarget", notNullValue())
                .body("finalWeightKg", closeTo(70, 0.1));
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileEveryProjectionWorkerIsBusy() {
        CountDownLatch release = new CountDownLatch(1);
        try {
            fillUntilRefused(release);
            given().contentType("application/json").body(TEN_YEAR_TARGET).when().post("/api/v1/projections")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "1")
                    .body("type", equalTo("https://peach.app/problems/service-unavailable"))
                    .body("title", equalTo("Service Unavailable"))
                    .body("status", equalTo(503))
                    .body("detail", containsString("retry"));
        } finally {
            release.countDown();
        }
        assertASolveIsAnsweredOnceReleased();
    }

    /**
     * The released work takes a moment to leave the pool: as the Retry-After asks, a caller tries again (and the
     * next test finds the pool free).
     */
    private static void assertASolveIsAnsweredOnceReleased() {
        int status = 503;
        for (int attempt = 0; attempt < 50 && status == 503; attempt++) {
            if (attempt > 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
            }
            status = given().contentType("application/json").body(TEN_YEAR_TARGET).when().post("/api/v1/projections")
                    .then().extract().statusCode();
        }
        assertThat(status).as("a solve once the pool is free again").isEqualTo(200);
    }

    /**
     * A projection of up to a year with no target costs like a program build and runs where it arrives: it still
     * answers while the pool is full, and a 367-day one, which goes to the pool, is told to retry.
     */
    @Test
    void shouldAnswerAOneYearProjectionWhileThePoolIsFull() {
        String oneYear = "{\"sex\":\"female\",\"age\":30,\"weightKg\":65,\"heightCm\":165,"
                + "\"activityLevel\":\"lightly_active\",\"dailyKcalChange\":-500,\"days\":%d}";
        CountDownLatch release = new CountDownLatch(1);
        try {
            fillUntilRefused(release);
            given().contentType("application/json").body(oneYear.formatted(366)).when().post("/api/v1/projections")
                    .then().statusCode(200).body("points[-1].day", equalTo(366));
            given().contentType("application/json").body(oneYear.formatted(367)).when().post("/api/v1/projections")
                    .then().statusCode(503).header("Retry-After", "1");
        } finally {
            release.countDown();
        }
        assertASolveIsAnsweredOnceReleased();
    }

    /**
     * Occupies every thread and queue place of the pool with work that waits for {@code release}. Twice, a moment
     * apart: work an earlier test released may still be leaving the queue when the first refusal comes, and the
     * places it frees must be taken too, or a request meant to be refused would be queued behind the waiting work.
     */
    private void fillUntilRefused(CountDownLatch release) {
        for (int pass = 0; pass < 2; pass++) {
            AtomicBoolean refused = new AtomicBoolean();
            for (int i = 0; i < 1000 && !refused.get(); i++) {
                pool.run(() -> {
                    try {
                        return release.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return false;
                    }
                }).subscribe().with(done -> { }, failure -> refused.set(failure instanceof SolverBusy));
            }
            assertThat(refused).as("the pool refused work once full").isTrue();
            if (pass == 0) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
            }
        }
    }

    @Test
    void shouldLetPhysicalActivityLevelWinOverActivityLevel() {
        String person = "{\"sex\":\"male\",\"age\":40,\"weightKg\":90,\"heightCm\":180,\"dailyKcal\":2400,";
        // moderately_active's multiplier is 1.55 (contract); sedentary's 1.2 loses to a PAL of 1.55 sent beside it
        var byLevel = given().config(DOUBLES).contentType("application/json")
                .body(person + "\"activityLevel\":\"moderately_active\"}").when().post("/api/v1/projections")
                .then().statusCode(200).body("physicalActivityLevel", closeTo(1.55, 1e-9)).extract().jsonPath();
        given().config(DOUBLES).contentType("application/json")
                .body(person + "\"activityLevel\":\"sedentary\",\"physicalActivityLevel\":1.55}").when()
                .post("/api/v1/projections").then().statusCode(200)
                .body("physicalActivityLevel", closeTo(1.55, 1e-9))
                .body("baselineKcal", equalTo(byLevel.getInt("baselineKcal")))
                .body("finalWeightKg", closeTo(byLevel.getDouble("finalWeightKg"), 1e-9));
    }

    @Test
    void shouldKeepActivityLevelRequiredBesidePhysicalActivityLevel() {
        given().config(DOUBLES).contentType("application/json")
                .body("{\"sex\":\"male\",\"age\":40,\"weightKg\":90,\"heightCm\":180,\"dailyKcal\":2400,"
                        + "\"physicalActivityLevel\":1.5}")
                .when().post("/api/v1/projections").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("activityLevel"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "horizon over 10 years|\"dailyKcal\":2000,\"days\":3651|days",
            "negative intake|\"dailyKcal\":-100|dailyKcal",
            "target date in the past|\"targetWeightKg\":70,\"targetDate\":\"2020-01-01\"|targetDate",
            "dailyKcal and a target|\"dailyKcal\":1800,\"targetWeightKg\":70,\"days\":100|targetWeightKg",
            "dailyKcal and a change|\"dailyKcal\":1800,\"dailyKcalChange\":-300|dailyKcalChange",
            "no intake at all|\"days\":100|dailyKcal",
            "target without a date|\"targetWeightKg\":70|targetDate",
            "bad target date|\"targetWeightKg\":70,\"targetDate\":\"next year\"|targetDate",
            "PAL too high|\"dailyKcal\":2000,\"physicalActivityLevel\":3.0|physicalActivityLevel" })
    void shouldRejectBadInputNamingTheField(String kind, String extra, String field) {
        given().config(DOUBLES).contentType("application/json")
                .body("{\"sex\":\"female\",\"age\":35,\"weightKg\":80,\"heightCm\":165,\"activityLevel\":\"lightly_active\","
                        + extra + "}")
                .when().post("/api/v1/projections").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(field));
    }
}
