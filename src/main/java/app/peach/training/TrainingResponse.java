package app.peach.training;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import app.peach.training.rules.Decision;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Muscle;

/** A client's training over a period: progress per exercise, weekly sets per muscle, volume findings. */
@Schema(name = "Training")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TrainingResponse(
        @Schema(required = true, description = "First day of the period", example = "2026-10-27") LocalDate from,
        @Schema(required = true, description = "Last day of the period", example = "2026-11-23") LocalDate to,
        @Schema(required = true, description = "Every exercise done in the period, and those done in the same length of "
                + "time before it but not since (no_data), by slug") List<ExerciseProgress> exercises,
        @Schema(required = true, description = "Working sets per muscle in the last 7 days of the period (1 per primary "
                + "muscle, 0.5 per secondary; activation, stretch and cardio not counted), muscles with sets only")
        List<MuscleSets> weeklySets,
        @Schema(required = true, description = "Volume findings, most severe first") List<Finding> findings) {

    @Schema(name = "ExerciseProgress")
    @JsonInclude(JsonInclude.Include.ALWAYS)
    public record ExerciseProgress(
            @Schema(required = true, example = "barbell_hip_thrust") String slug,
            @Schema(required = true, example = "Barbell hip thrust") String name,
            @Schema(required = true, description = "Sessions in the period", example = "8") int sessions,
            @Schema(description = "Best Epley estimate in the period, load × (1 + (reps + rir) / 30), from sets with "
                    + "1 ≤ reps + rir ≤ 12; null without one", nullable = true, example = "116.7") Double bestE1rmKg,
            @Schema(description = "The last session's load (heaviest lifted for at least one rep); null for "
                    + "bodyweight work", nullable = true, example = "100") Double lastLoadKg,
            @Schema(description = "The load for next session; null for bodyweight work and no_data", nullable = true,
                    example = "105") Double nextLoadKg,
            @Schema(required = true, example = "increase") Decision decision,
            @Schema(required = true, description = "Why, in words for the coach",
                    example = "Every set reached 12 reps (the top of 8–12) in the last two sessions: add 5 kg (5 % in 2.5 kg "
                            + "steps, at least one step), to 105 kg.") String reason,
            @Schema(required = true, description = "Date of the last session (before the period for no_data)",
                    example = "2026-11-20") LocalDate lastSessionDate,
            @Schema(description = "The last session's rep range", nullable = true, example = "8") Integer repsMin,
            @Schema(nullable = true, example = "12") Integer repsMax) {
    }

    @Schema(name = "MuscleSets")
    public record MuscleSets(@Schema(required = true, example = "gluteus_maximus") Muscle muscle,
            @Schema(required = true, description = "Weekly sets, in halves", example = "8") double sets) {
    }
}
