package app.peach.coaching;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Sex;

@Schema(name = "Client")
public record ClientResponse(UUID id, String name, Sex sex, LocalDate birthDate,
        @Schema(description = "Whole years today", example = "32") int age,
        @Schema(example = "165.0") double heightCm, ActivityLevel activityLevel, Goal goal,
        @Schema(nullable = true) Level level, @Schema(nullable = true) String notes,
        @Schema(description = "Optimistic-lock version; also the ETag", example = "0") int version,
        OffsetDateTime createdAt, OffsetDateTime updatedAt) {
}
