package app.peach.energy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.quarkus.test.junit.QuarkusTest;

/**
 * Every row of the Dietary Guidelines table is reachable through the API at both ends of its age band,
 * with the value of the reference table (src/test/resources/dga_table.csv, a copy of shared/reference).
 */
@QuarkusTest
class CalorieNeedsResourceTest {
    private static final String[] LEVELS = { "sedentary", "moderately_active", "active" };

    record Cell(int ageFrom, Integer ageTo, String sex, String level, int kcal) {
    }

    static Stream<Cell> referenceCells() throws IOException {
        List<Cell> cells = new ArrayList<>();
        try (var in = new BufferedReader(new InputStreamReader(
                CalorieNeedsResourceTest.class.getResourceAsStream("/dga_table.csv"), StandardCharsets.UTF_8))) {
            in.readLine();
            for (String line; (line = in.readLine()) != null;) {
                String[] f = line.split(",", -1);
                for (int i = 0; i < 3; i++) {
                    cells.add(new Cell(Integer.parseInt(f[0]), f[1].isEmpty() ? null : Integer.parseInt(f[1]), f[2],
                            LEVELS[i], Integer.parseInt(f[3 + i])));
                }
            }
        }
        return cells.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("referenceCells")
    void shouldServeEveryCellAtBothEndsOfItsBand(Cell cell) {
        int upper = cell.ageTo() == null ? 100 : cell.ageTo();
        for (int age : new int[] { cell.ageFrom(), upper }) {
            given().queryParam("sex", cell.sex()).queryParam("age", age).queryParam("activityLevel", cell.level())
                    .when().get("/api/v1/calorie-needs")
                    .then().statusCode(200)
                    .body("kcal", equalTo(cell.kcal()))
                    .body("ageFrom", equalTo(cell.ageFrom()))
                    .body("ageTo", equalTo(cell.ageTo()))
                    .body("sex", equalTo(cell.sex()))
                    .body("activityLevel", equalTo(cell.level()))
                    .body("source", startsWith("Dietary Guidelines for Americans, 2020-2025"));
        }
    }

    @ParameterizedTest(name = "{0} age {1} {2} -> {3} ({4}-{5})")
    @CsvSource({
            "male, 18, sedentary, 2400, 18, 18",
            "male, 19, sedentary, 2600, 19, 20",
            "female, 18, active, 2400, 18, 18",
            "female, 19, active, 2400, 19, 20",
            "female, 30, sedentary, 1800, 26, 30",
            "female, 31, active, 2200, 31, 35",
            "male, 30, active, 3000, 26, 30",
            "male, 31, active, 3000, 31, 35",
            "female, 50, sedentary, 1800, 46, 50",
            "female, 51, sedentary, 1600, 51, 55",
            "male, 50, moderately_active, 2400, 46, 50",
            "male, 51, moderately_active, 2400, 51, 55",
            "male, 75, active, 2600, 71, 75",
            "male, 76, active, 2400, 76, ",
            "female, 75, active, 2000, 71, 75",
            "female, 76, active, 2000, 76, ",
            "male, 77, sedentary, 2000, 76, ",
            "female, 90, moderately_active, 1800, 76, ",
            "male, 100, active, 2400, 76, " })
    void shouldSwitchRowsAtTheBandEdges(String sex, int age, String level, int kcal, int from, Integer to) {
        given().queryParam("sex", sex).queryParam("age", age).queryParam("activityLevel", level)
                .when().get("/api/v1/calorie-needs")
                .then().statusCode(200).body("kcal", equalTo(kcal)).body("ageFrom", equalTo(from))
                .body("ageTo", to == null ? nullValue() : equalTo(to));
    }
}
