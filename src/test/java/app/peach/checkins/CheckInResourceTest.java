package app.peach.checkins;

import static app.peach.ClientApi.as;
import static app.peach.ClientApi.newClient;
import static app.peach.ClientApi.newCoachKey;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

import app.peach.RecordedEvents;
import app.peach.vocabulary.ClientEvent;

@QuarkusTest
class CheckInResourceTest {
    @Inject
    Clock clock;

    /** Weigh-ins of {@code kg} on the last {@code weighInDays} days, intake of {@code kcal} on the last {@code intakeDays}. */
    private void log(String key, String id, int weighInDays, int intakeDays, double kg, int kcal) {
        LocalDate today = LocalDate.now(clock);
        for (int d = 0; d < weighInDays; d++) {
            as(key).body("{\"weightKg\":" + kg + "}").when().put("/api/v1/clients/" + id + "/weigh-ins/" + today.minusDays(d))
                    .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        }
        for (int d = 0; d < intakeDays; d++) {
            as(key).body("{\"kcal\":" + kcal + "}").when().put("/api/v1/clients/" + id + "/intake/" + today.minusDays(d))
                    .then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(200), equalTo(201)));
        }
    }

    private static String checkIns(String id) {
        return "/api/v1/clients/" + id + "/check-ins";
    }

    @Test
    void shouldProposeNothingWithNineDaysOfWeighInsInFourteen() {
        String key = newCoachKey();
        String id = newClient(key, "fat_loss");
        log(key, id, 9, 14, 70, 1800);
        var made = as(key).when().post(checkIns(id)).then().statusCode(201)
                .body("status", equalTo("no_change")).body("reason", equalTo("not_enough_data"))
                .body("adherence.weighInDays", equalTo(9)).body("adherence.intakeDays", equalTo(14))
                .body("adherence.windowDays", equalTo(14)).body("proposedTargets", nullValue())
                .body("currentTargets", nullValue()).body("changeKcal", nullValue()).extract();
        assertThat(made.header("Location")).endsWith(checkIns(id) + "/" + made.path("id"));
        as(key).when().get(made.header("Location")).then().statusCode(200).body("status", equalTo("no_change"));
        as(key).when().get("/api/v1/clients/" + id + "/targets").then().statusCode(404).contentType("application/problem+json");
        assertThat(RecordedEvents.of(id)).extracting(ClientEvent::type).doesNotContain(ClientEvent.CHECK_IN_PROPOSED);
    }

    @Test
    void shouldMoveTheTargetAtMost150KcalTowardsTheAdaptiveExpenditure() {
        String key = newCoachKey();
        String id = newClient(key, "fat_loss");
        String today = LocalDate.now(clock).toString();
        // 14 of 14 days, weight steady at 70 kg on 1,800 kcal: adaptive expenditure 1,800; fat_loss at its default
        // 0.5 kg a week: 1,800 − 0.5 × 7,700 / 7 = 1,250 kcal (above the 1,200 floor); the first check-in is uncapped
        log(key, id, 14, 14, 70, 1800);
        String first = as(key).when().post(checkIns(id)).then().statusCode(201)
                .body("status", equalTo("pending")).body("reason", equalTo("first_check_in"))
                .body("maintenanceSource", equalTo("adaptive")).body("proposedTargets.maintenanceKcal", equalTo(1800))
                .body("proposedTargets.targetKcal", equalTo(1250)).body("changeKcal", nullValue())
                .body("date", equalTo(today)).extract().path("id");
        as(key).when().post(checkIns(id) + "/" + first + "/approve").then().statusCode(200)
                .body("status", equalTo("approved")).body("decidedAt", org.hamcrest.Matchers.notNullValue());
        as(key).when().post(checkIns(id) + "/" + first + "/approve").then().statusCode(409)
                .contentType("application/problem+json");
        as(key).when().get("/api/v1/clients/" + id + "/targets").then().statusCode(200)
                .body("checkInId", equalTo(first)).body("date", equalTo(today)).body("targets.targetKcal", equalTo(1250));

        // now 2,600 kcal a day at the same weight: expenditure 2,600, the calculator 2,050; 1,250 + 150 = 1,400
        log(key, id, 0, 14, 70, 2600);
        String second = as(key).when().post(checkIns(id)).then().statusCode(201)
                .body("status", equalTo("pending")).body("reason", equalTo("capped"))
                .body("currentTargets.targetKcal", equalTo(1250)).body("proposedTargets.maintenanceKcal", equalTo(2600))
                .body("proposedTargets.targetKcal", equalTo(1400)).body("changeKcal", equalTo(150))
                .body("proposedTargets.adjustmentKcal", equalTo(-1200))
                .body("proposedTargets.safety.findings.code", hasItem("CHECK_IN_STEP_CAPPED"))
                .extract().path("id");
        as(key).when().post(checkIns(id)).then().statusCode(409).contentType("application/problem+json");
        as(key).when().get("/api/v1/dashboard").then().statusCode(200)
                .body("items[0].pendingCheckInId", equalTo(second)).body("items[0].daysSinceApprovedCheckIn", equalTo(0));
        as(key).when().post(checkIns(id) + "/" + second + "/reject").then().statusCode(200).body("status", equalTo("rejected"));
        as(key).when().post(checkIns(id) + "/" + second + "/approve").then().statusCode(409);
        as(key).when().get("/api/v1/clients/" + id + "/targets").then().statusCode(200).body("checkInId", equalTo(first));
        as(key).when().get(checkIns(id)).then().statusCode(200).body("id", contains(second, first))
                .body("status", contains("rejected", "approved"));
        as(key).when().get("/api/v1/dashboard").then().body("items[0].pendingCheckInId", nullValue());
        // the weigh-ins and intake logged above fire their own events; these are the check-ins'
        List<ClientEvent> checkInEvents = RecordedEvents.of(id).stream().filter(e -> e.type().startsWith("check_in."))
                .toList();
        assertThat(checkInEvents).extracting(ClientEvent::type).containsExactly(ClientEvent.CHECK_IN_PROPOSED,
                ClientEvent.CHECK_IN_APPROVED, ClientEvent.CHECK_IN_PROPOSED);
        assertThat(checkInEvents.get(2).data()).containsEntry("checkInId", second).containsEntry("targetKcal", 1400L)
                .containsEntry("changeKcal", 150L);
    }

    @Test
    void shouldLetOnlyOneOfTwoRacingApprovalsWin() throws Exception {
        String key = newCoachKey();
        String id = newClient(key, "glute_growth");
        log(key, id, 14, 14, 60, 2000);
        String pending = as(key).when().post(checkIns(id)).then().statusCode(201).extract().path("id");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return as(key).when().post(checkIns(id) + "/" + pending + "/approve").then().extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : answers) {
                statuses.add(f.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(RecordedEvents.of(id)).extracting(ClientEvent::type).filteredOn(ClientEvent.CHECK_IN_APPROVED::equals)
                .hasSize(1);
    }

    @Test
    void shouldAnswer404ToAnotherCoachOnEveryCheckInPath() {
        String owner = newCoachKey();
        String id = newClient(owner, "hip_dips");
        String made = as(owner).when().post(checkIns(id)).then().statusCode(201).extract().path("id");
        String other = newCoachKey();
        String[][] calls = { { "POST", checkIns(id) }, { "GET", checkIns(id) }, { "GET", checkIns(id) + "/" + made },
                { "POST", checkIns(id) + "/" + made + "/approve" }, { "POST", checkIns(id) + "/" + made + "/reject" },
                { "GET", "/api/v1/clients/" + id + "/targets" } };
        for (String[] call : calls) {
            as(other).request(call[0], call[1]).then().statusCode(404).contentType("application/problem+json");
            given().request(call[0], call[1]).then().statusCode(401);
        }
        // the owner: an unknown or malformed check-in id is a 404 as well
        as(owner).when().post(checkIns(id) + "/not-a-uuid/approve").then().statusCode(404);
        as(owner).when().post(checkIns(id) + "/" + java.util.UUID.randomUUID() + "/reject").then().statusCode(404);
        as(owner).when().get(checkIns(id)).then().statusCode(200).body("status", contains("no_change"));
    }
}
