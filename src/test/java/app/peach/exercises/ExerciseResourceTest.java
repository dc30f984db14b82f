package app.peach.exercises;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.isOneOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import jakarta.inject.Inject;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

@QuarkusTest
class ExerciseResourceTest {
    @Inject
    ObjectMapper json;

    @Inject
    ExerciseCatalog catalog;

    @Test
    void shouldWriteAPageExactlyAsJacksonWritesTheExercises() throws Exception {
        String body = given().queryParam("size", 100).when().get("/api/v1/exercises").then().statusCode(200)
                .extract().asString();
        // the same page, each exercise copied (not the catalog's instances), so Jackson serializes it afresh
        List<Exercise> copies = catalog.all().stream().map(e -> new Exercise(e.slug(), e.name(), e.primaryMuscles(),
                e.secondaryMuscles(), e.equipment(), e.level(), e.kind(), e.cues(), e.met(), e.compendiumCode(),
                e.compendiumActivity(), e.prescription(), e.goals(), e.references(), e.secondsPerRep(), e.unilateral()))
                .toList();
        assertThat(body).isEqualTo(json.writeValueAsString(new ExercisePage(copies, 0, 100, copies.size())));
        assertThat(body).contains("\"slug\":\"barbell_hip_thrust\"");
    }

    @Test
    void shouldListTheWholeCatalogInPages() {
        Response first = given().queryParam("size", 10).when().get("/api/v1/exercises");
        first.then().statusCode(200).body("page", equalTo(0)).body("size", equalTo(10)).body("items", hasSize(10));
        int total = first.jsonPath().getInt("total");
        given().queryParam("size", 10).queryParam("page", total / 10).when().get("/api/v1/exercises")
                .then().statusCode(200).body("items", hasSize(total % 10)).body("total", equalTo(total));
        given().queryParam("page", 99).when().get("/api/v1/exercises")
                .then().statusCode(200).body("items", hasSize(0)).body("total", equalTo(total));
    }

    @Test
    void shouldCombineFilters() {
        given().queryParam("muscle", "gluteus_medius").queryParam("level", "beginner").queryParam("goal", "hip_dips")
                .queryParam("equipment", "resistance_band")
                .when().get("/api/v1/exercises")
                .then().statusCode(200)
                .body("items.level", everyItem(equalTo("beginner")))
                .body("items.goals", everyItem(hasItem("hip_dips")))
                .body("items.equipment.flatten()", everyItem(isOneOf("bodyweight", "resistance_band")))
                .body("items.slug", hasItem("lateral_band_walk"))
                .body("items.slug", hasItem("clamshell"))
                .body("items.slug", not(hasItem("standing_cable_hip_abduction")));
    }

    @Test
    void shouldTreatRepeatedEquipmentAsWhatTheClientHas() {
        List<String> withBarbellOnly = given().queryParam("equipment", "barbell").queryParam("size", 100)
                .when().get("/api/v1/exercises").jsonPath().getList("items.slug");
        List<String> withBarbellAndBench = given().queryParam("equipment", "barbell").queryParam("equipment", "bench")
                .queryParam("size", 100).when().get("/api/v1/exercises").jsonPath().getList("items.slug");
        org.assertj.core.api.Assertions.assertThat(withBarbellOnly).contains("barbell_back_squat", "glute_bridge")
                .doesNotContain("barbell_hip_thrust", "step_up");
        org.assertj.core.api.Assertions.assertThat(withBarbellAndBench).contains("barbell_hip_thrust", "step_up");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource({ "muscle, biceps", "level, expert", "equipment, rowing_machine", "goal, abs", "page, -1", "size, 0",
            "size, 101", "page, x", "size, 2.5" })
    void shouldRejectUnknownFilterValuesNamingTheParameter(String parameter, String value) {
        given().queryParam(parameter, value).when().get("/api/v1/exercises")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(parameter));
    }

    @Test
    void shouldServeOneExerciseAnd404ForAnUnknownSlug() {
        given().when().get("/api/v1/exercises/clamshell")
                .then().statusCode(200).body("slug", equalTo("clamshell")).body("kind", equalTo("activation"))
                .body("prescription.sets", equalTo(3)).body("compendiumCode", notNullValue());
        given().when().get("/api/v1/exercises/moonwalk")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldRevalidateWithETag() {
        for (String path : List.of("/api/v1/exercises?goal=hip_dips", "/api/v1/exercises/plank", "/api/v1/muscles",
                "/api/v1/equipment")) {
            Response r = given().when().get(path);
            r.then().statusCode(200).header("Cache-Control", equalTo("public, max-age=3600"));
            String etag = r.header("ETag");
            org.assertj.core.api.Assertions.assertThat(etag).isNotBlank();
            given().header("If-None-Match", etag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"other\"").when().get(path).then().statusCode(200);
        }
    }

    @Test
    void shouldServeTheVocabularies() {
        given().when().get("/api/v1/muscles").then().statusCode(200).body("slug", hasItem("gluteus_minimus"))
                .body("find { it.slug == 'gluteus_medius' }.region", equalTo("glutes"));
        given().when().get("/api/v1/equipment").then().statusCode(200).body("slug", hasItem("swiss_ball"));
    }
}
