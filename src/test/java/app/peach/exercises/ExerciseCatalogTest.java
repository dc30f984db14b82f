package app.peach.exercises;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Muscle;
import io.quarkus.test.junit.QuarkusTest;

/** Every exercise the issue names is in the catalog (served from Postgres), with every field filled. */
@QuarkusTest
class ExerciseCatalogTest {
    static final List<String> REQUIRED = List.of("bodyweight_squat", "barbell_back_squat", "sumo_squat",
            "conventional_deadlift", "romanian_deadlift", "leg_press", "hip_extension", "forward_lunge", "reverse_lunge",
            "curtsy_lunge", "step_up", "weighted_step_up", "barbell_hip_thrust", "barbell_glute_bridge", "glute_bridge",
            "single_leg_hip_extension", "swiss_ball_single_leg_hip_extension", "banded_kickback", "lateral_band_walk",
            "monster_walk", "side_lying_hip_abduction", "side_lying_hip_abduction_ankle_weight",
            "side_lying_hip_abduction_banded", "clamshell", "fire_hydrant", "banded_fire_hydrant",
            "standing_cable_hip_abduction", "plank", "bird_dog", "static_hip_flexor_stretch", "glute_activation_check",
            "foam_rolling", "stationary_cycling");

    @Inject
    ExerciseCatalog catalog;

    @Test
    void shouldHoldEveryNamedExerciseWithEveryFieldFilled() {
        for (String slug : REQUIRED) {
            Exercise e = catalog.find(slug).orElseThrow(() -> new AssertionError("missing " + slug));
            assertThat(e.name()).as(slug).isNotBlank();
            assertThat(e.primaryMuscles()).as(slug).isNotEmpty();
            assertThat(e.secondaryMuscles()).as(slug).isNotNull();
            assertThat(e.equipment()).as(slug).isNotEmpty();
            assertThat(e.level()).as(slug).isNotNull();
            assertThat(e.kind()).as(slug).isNotNull();
            assertThat(e.cues()).as(slug).hasSizeGreaterThanOrEqualTo(3);
            assertThat(e.met()).as(slug).isPositive();
            assertThat(e.compendiumCode()).as(slug).matches("\\d{5}");
            assertThat(e.compendiumActivity()).as(slug).isNotBlank();
            assertThat(e.prescription().sets()).as(slug).isPositive();
            assertThat(e.prescription().reps() != null || e.prescription().holdSeconds() != null).as(slug).isTrue();
            assertThat(e.prescription().restSeconds()).as(slug).isNotNull();
            assertThat(e.goals()).as(slug).isNotEmpty();
            assertThat(e.references()).as(slug).isNotEmpty();
        }
    }

    @Test
    void shouldTakeMetValuesFromTheCompendium() {
        assertThat(catalog.find("stationary_cycling").orElseThrow().met()).isEqualTo(4.8);
        assertThat(catalog.find("stationary_cycling").orElseThrow().compendiumCode()).isEqualTo("02017");
        assertThat(catalog.find("static_hip_flexor_stretch").orElseThrow().met()).isEqualTo(2.3);
        assertThat(catalog.find("barbell_back_squat").orElseThrow().compendiumCode()).isEqualTo("02052");
    }

    @Test
    void shouldServeTheVocabularies() {
        assertThat(catalog.muscles()).extracting(Vocabulary::slug)
                .containsAll(List.of(Muscle.values()).stream().map(Muscle::apiValue).toList());
        assertThat(catalog.equipment()).extracting(Vocabulary::slug)
                .containsAll(List.of(Equipment.values()).stream().map(Equipment::apiValue).toList());
    }
}
