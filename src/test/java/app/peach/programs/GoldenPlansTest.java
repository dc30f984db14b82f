package app.peach.programs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;

/**
 * Golden master of the program builder: {@code programs/golden-plans.jsonl} holds, one JSON line each, a
 * request and everything the builder made of it (the days, progression, cardio and energy the response shows,
 * and the training days, counts and findings the safety rules judge). The file was written by the builder as
 * it stood before it was split into parts; every later builder must reproduce each line byte for byte.
 * <p>
 * To rewrite the file on purpose (a deliberate change of the rules), run
 * {@code ./mvnw test -Dtest=GoldenPlansTest -Dgolden.write=true} and review the diff.
 */
class GoldenPlansTest {
    private static final String RESOURCE = "/programs/golden-plans.jsonl";
    private static final Path SOURCE = Path.of("src/test/resources" + RESOURCE);
    /**
     * The plans as they were recorded: absent fields left out. The wire format since changed on purpose (programs
     * now write explicit nulls, and requests may carry weeks); the plans themselves must not.
     */
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper PLAN_JSON = new ObjectMapper().setDefaultPropertyInclusion(
            com.fasterxml.jackson.annotation.JsonInclude.Value.construct(
                    com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL,
                    com.fasterxml.jackson.annotation.JsonInclude.Include.ALWAYS));

    @Test
    void shouldReproduceEveryGoldenPlanByteForByte() throws IOException {
        List<String> golden = golden();
        assertThat(golden).hasSize(5 + 300);
        for (int i = 0; i < golden.size(); i++) {
            JsonNode line = JSON.readTree(golden.get(i));
            ProgramRequest request = JSON.treeToValue(line.get("request"), ProgramRequest.class);
            assertThat(line(request)).as("line %d", i + 1).isEqualTo(golden.get(i));
        }
    }

    @Test
    @EnabledIfSystemProperty(named = "golden.write", matches = "true")
    void writeGoldenPlans() throws IOException {
        List<String> lines = new ArrayList<>();
        for (ProgramRequest r : requests()) {
            lines.add(line(r));
        }
        Files.createDirectories(SOURCE.getParent());
        Files.write(SOURCE, lines, StandardCharsets.UTF_8);
    }

    /** The README's five examples, then 300 seeded requests: every goal × level × daysPerWeek four times. */
    static List<ProgramRequest> requests() throws IOException {
        List<ProgramRequest> requests = new ArrayList<>();
        for (String example : List.of(ProgramExamples.GLUTE_GROWTH, ProgramExamples.FAT_LOSS, ProgramExamples.HIP_DIPS,
                ProgramExamples.BUTT_LIFT, ProgramExamples.MAINTENANCE)) {
            requests.add(JSON.readValue(example, ProgramRequest.class));
        }
        Random random = new Random(20_240_611L);
        Integer[] minutes = { null, 10, 15, 20, 25, 30, 35, 40, 45, 50, 60, 75, 90, 120, 180 };
        Double[] kilograms = { null, 45.0, 58.0, 65.0, 80.5, 112.3, 150.0 };
        for (Goal goal : Goal.values()) {
            for (Level level : Level.values()) {
                for (int days = 2; days <= 6; days++) {
                    // the extremes: nothing but bodyweight, and every piece of equipment
                    requests.add(new ProgramRequest(goal, level, List.of(), days, null, null, null, null, null, null));
                    requests.add(new ProgramRequest(goal, level, Arrays.asList(Equipment.values()), days, null, false,
                            false, 65.0, null, null));
                    for (int n = 0; n < 2; n++) {
                        List<Equipment> kit = new ArrayList<>();
                        for (Equipment e : Equipment.values()) {
                            if (random.nextBoolean()) {
                                kit.add(e);
                            }
                        }
                        requests.add(new ProgramRequest(goal, level, kit, days, minutes[random.nextInt(minutes.length)],
                                random.nextBoolean(), random.nextBoolean(), kilograms[random.nextInt(kilograms.length)],
                                null, null));
                    }
                }
            }
        }
        return requests;
    }

    /** One golden line: the request and all the builder made of it. */
    static String line(ProgramRequest r) throws IOException {
        EnumSet<Equipment> kit = EnumSet.noneOf(Equipment.class);
        if (r.equipment() != null) {
            kit.addAll(r.equipment());
        }
        var input = TestCatalog.input(r.goal(), r.level(), kit, r.daysPerWeek(), r.sessionMinutes(),
                Boolean.TRUE.equals(r.sitsMostOfDay()), Boolean.TRUE.equals(r.cyclesRegularly()), r.weightKg());
        Program program = ProgramBuilder.build(input, TestCatalog.EXERCISES);
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("days", program.days());
        plan.put("progression", program.progression());
        plan.put("cardio", program.cardio());
        plan.put("weeklyExerciseKcal", program.weeklyExerciseKcal());
        plan.put("trainingDays", program.trainingDays());
        plan.put("strengthDays", program.strengthDays());
        plan.put("aerobicMinutesPerWeek", program.aerobicMinutesPerWeek());
        plan.put("findings", program.findings());
        Map<String, Object> line = new LinkedHashMap<>();
        com.fasterxml.jackson.databind.node.ObjectNode request = JSON.valueToTree(r);
        request.remove("weeks"); // recorded before blocks existed; a plan is week 1
        line.put("request", request);
        line.put("plan", PLAN_JSON.valueToTree(plan));
        return JSON.writeValueAsString(line);
    }

    private static List<String> golden() throws IOException {
        try (InputStream in = GoldenPlansTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }
}
