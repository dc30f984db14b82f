package app.peach.coaching;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** Daily log entries as the API shows them. */
public final class LogEntries {
    private LogEntries() {
    }

    @Schema(name = "WeighIn")
    public record WeighInEntry(LocalDate date, @Schema(example = "71.4") double weightKg) {
    }

    @Schema(name = "Intake")
    public record IntakeEntry(LocalDate date, @Schema(example = "1750") int kcal,
            @Schema(nullable = true, example = "120") Integer proteinG) {
    }
}
