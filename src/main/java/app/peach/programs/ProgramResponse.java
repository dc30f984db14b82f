package app.peach.programs;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.safety.SafetyReport;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;

/** A weekly plan: all seven days in order. */
@Schema(name = "ProgramResponse")
public record ProgramResponse(
        Goal goal,
        Level level,
        @Schema(description = "Days 1–7 in order") List<ProgramDay> days,
        @Schema(description = "How to progress") List<String> progression,
        @Schema(nullable = true) Cardio cardio,
        @Schema(description = "METs × kg × hours over the week; null without weightKg", nullable = true, example = "1250")
        Long weeklyExerciseKcal,
        @Schema(description = "The plan judged by the safety rules (training rules apply; plus program findings)")
        SafetyReport safety,
        @Schema(required = true, description = "The block week by week (one week without weeks in the request); week 1 "
                + "is days") List<ProgramWeek> weeks) {
}
