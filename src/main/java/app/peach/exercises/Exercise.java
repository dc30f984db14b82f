package app.peach.exercises;

import java.util.List;
import java.util.Set;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/** One exercise of the catalog (migration V3), as the API shows it and the program builder uses it. */
@Schema(name = "Exercise")
public record Exercise(
        @Schema(example = "barbell_hip_thrust") String slug,
        @Schema(example = "Barbell hip thrust") String name,
        List<Muscle> primaryMuscles,
        List<Muscle> secondaryMuscles,
        @Schema(description = "Everything the exercise needs") List<Equipment> equipment,
        @Schema(description = "The lowest level it suits") Level level,
        ExerciseKind kind,
        @Schema(description = "Step-by-step cues") List<String> cues,
        @Schema(description = "Energy cost, METs (2011 Compendium of Physical Activities)", example = "3.5") double met,
        @Schema(description = "Compendium activity code of the MET value", example = "02054") String compendiumCode,
        @Schema(description = "Compendium activity the MET value is taken from") String compendiumActivity,
        Prescription prescription,
        List<Goal> goals,
        List<String> references,
        @JsonIgnore int secondsPerRep,
        @JsonIgnore boolean unilateral) {

    /** True when everything the exercise needs is in {@code available} (bodyweight is always there). */
    public boolean usableWith(Set<Equipment> available) {
        for (Equipment needed : equipment) {
            if (needed != Equipment.BODYWEIGHT && !available.contains(needed)) {
                return false;
            }
        }
        return true;
    }

    /** Getting into position and setting up the kit, once per exercise. */
    public static final int SETUP_SECONDS = 30;

    /**
     * Estimated work seconds of one set: reps × tempo (plus a hold per rep where there is one), or one hold when
     * there are no reps; both sides when unilateral. Programs and the training log's exercise energy share it.
     */
    public int setSeconds(Integer reps, Integer holdSeconds) {
        int seconds = 0;
        if (reps != null) {
            seconds += reps * secondsPerRep;
        }
        if (holdSeconds != null) {
            seconds += reps != null ? reps * holdSeconds : holdSeconds;
        }
        return unilateral ? seconds * 2 : seconds;
    }

    /** Set-up seconds, once per exercise: none for a cardio bout, which is its own duration. */
    public int setupSeconds() {
        return kind == ExerciseKind.CARDIO ? 0 : SETUP_SECONDS;
    }

    /** Muscles loaded as prime movers: what the rest-day rule looks at. */
    public boolean loads(Muscle m) {
        return primaryMuscles.contains(m);
    }
}
