package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import app.peach.programs.PlannedExercise;

/** A program's exercises written field by field read exactly as Jackson's bean serializer writes them. */
class PlannedExerciseTextTest {
    private final ObjectMapper plain = new ObjectMapper().findAndRegisterModules();
    private final ObjectMapper fast = new ObjectMapper().findAndRegisterModules()
            .registerModule(new SimpleModule().addSerializer(PlannedExercise.class, new PlannedExerciseText()));

    @Test
    void shouldWriteTheRecordsFieldsInTheirOrder() {
        // PlannedExerciseText names the fields itself: a field added to PlannedExercise must be added there too
        // (the catalog exercise behind it is @JsonIgnore'd)
        assertThat(Arrays.stream(PlannedExercise.class.getRecordComponents()).map(RecordComponent::getName))
                .containsExactly("slug", "name", "sets", "reps", "holdSeconds", "restSeconds", "notes", "exercise");
    }

    @Test
    void shouldWriteEveryCombinationAsJacksonDoes() throws Exception {
        String[] texts = { null, "", "barbell_hip_thrust", "Sumo squat (dumbbell)", "quote \" backslash \\ tab \t é ∑ 😀",
                "Progressive overload: when you beat the prescribed reps by 1-2 on two sessions in a row, add 2-10 % load." };
        Integer[] numbers = { null, 0, 1, 12, 180, -3, Integer.MAX_VALUE, Integer.MIN_VALUE };
        List<PlannedExercise> all = new ArrayList<>();
        for (String text : texts) {
            for (Integer number : numbers) {
                int sets = number == null ? 4 : number;
                all.add(new PlannedExercise(text, text, sets, number, number, number, text, null));
                all.add(new PlannedExercise("slug", text, sets, 10, number, 120, null, null));
                all.add(new PlannedExercise(text, "Name", 3, number, null, number, text, null));
            }
        }
        for (PlannedExercise e : all) {
            assertThat(fast.writeValueAsString(e)).isEqualTo(plain.writeValueAsString(e));
        }
        assertThat(fast.writeValueAsString(all)).isEqualTo(plain.writeValueAsString(all));
    }
}
