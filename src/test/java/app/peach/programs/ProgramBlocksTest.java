package app.peach.programs;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Blocks through the API: weeks beside days, target RIR and the deload week as the contract says. */
@QuarkusTest
class ProgramBlocksTest {

    static JsonPath program(String body) {
        return given().contentType("application/json").body(body).when().post("/api/v1/programs")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldPlanAFiveWeekBlockWithADeloadAtHalfTheSets() {
        String body = ProgramExamples.GLUTE_GROWTH.replace("}", ",\"weeks\":5}");
        JsonPath p = program(body);
        assertThat(p.getList("weeks.week")).containsExactly(1, 2, 3, 4, 5);
        assertThat(p.getList("weeks.targetRir")).containsExactly(3, 2, 1, 1, 4);
        assertThat(p.getList("weeks.deload")).containsExactly(false, false, false, false, true);
        List<Map<String, Object>> days = p.getList("days");
        assertThat(p.getList("weeks[0].days")).isEqualTo(days);
        assertThat(p.getList("weeks[3].days")).isEqualTo(days);
        for (int d = 0; d < 7; d++) {
            List<Map<String, Object>> planned = (List<Map<String, Object>>) days.get(d).get("exercises");
            List<Map<String, Object>> deload = p.getList("weeks[4].days[" + d + "].exercises");
            assertThat(deload).extracting(e -> e.get("slug")).isEqualTo(planned.stream().map(e -> e.get("slug")).toList());
            for (int i = 0; i < planned.size(); i++) {
                int sets = (Integer) planned.get(i).get("sets");
                assertThat(deload.get(i).get("sets")).as("day %d %s", d + 1, planned.get(i).get("slug"))
                        .isEqualTo((sets + 1) / 2);
            }
        }
        // the same request still gives the same plan
        assertThat(program(body).prettify()).isEqualTo(p.prettify());
    }

    @Test
    void shouldAnswerOneWeekWithoutWeeksAndKeepDaysAsTheyWere() {
        JsonPath p = program(ProgramExamples.FAT_LOSS);
        assertThat(p.getList("weeks")).hasSize(1);
        assertThat(p.getInt("weeks[0].targetRir")).isEqualTo(3);
        assertThat(p.getBoolean("weeks[0].deload")).isFalse();
        assertThat(p.getList("weeks[0].days")).isEqualTo(p.getList("days"));
        JsonPath three = program(ProgramExamples.FAT_LOSS.replace("}", ",\"weeks\":3}"));
        assertThat(three.getList("days")).isEqualTo(p.getList("days"));
        assertThat(three.getList("weeks.targetRir")).containsExactly(3, 2, 1);
    }

    @Test
    void shouldRejectBlocksOutsideOneToEightWeeks() {
        for (String weeks : List.of("0", "9", "-1")) {
            given().contentType("application/json").body(ProgramExamples.FAT_LOSS.replace("}", ",\"weeks\":" + weeks + "}"))
                    .when().post("/api/v1/programs").then().statusCode(400).body("violations.field", hasItem("weeks"));
        }
    }
}
