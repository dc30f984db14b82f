package app.peach.coaching;

import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.energy.BodyLimits;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Sex;
import app.peach.web.PlainText;

/** Body of POST and PUT {@code /api/v1/clients}. On PUT, send {@code version} or an If-Match header. */
@Schema(name = "ClientRequest")
public record ClientRequest(
        @NotBlank @Size(max = 200) @Pattern(regexp = PlainText.LINE, message = PlainText.LINE_MESSAGE)
        @Schema(required = true, example = "Dana R.") String name,
        @NotNull @Schema(required = true, example = "female") Sex sex,
        @NotNull @Past @Schema(required = true, description = "ISO date; the client must be 18–100", example = "1994-05-17")
        LocalDate birthDate,
        @DecimalMin(BodyLimits.MIN_HEIGHT_CM) @DecimalMax(BodyLimits.MAX_HEIGHT_CM)
        @Schema(description = "cm, 100–250 (or heightIn)", example = "165") Double heightCm,
        @Schema(description = "inches (instead of heightCm)") Double heightIn,
        @NotNull @Schema(required = true, example = "lightly_active") ActivityLevel activityLevel,
        @NotNull @Schema(required = true, example = "fat_loss") Goal goal,
        @Schema(example = "beginner") Level level,
        @Size(max = 4000) @Pattern(regexp = PlainText.MULTILINE, message = PlainText.LINE_MESSAGE)
        @Schema(example = "Desk job; knee surgery in 2019.") String notes,
        @Min(0) @Schema(description = "PUT only: the version you read (or use If-Match)", example = "0") Integer version) {
}
