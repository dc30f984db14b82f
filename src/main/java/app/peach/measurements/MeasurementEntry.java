package app.peach.measurements;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One day's measurements as the API shows them (girths in cm to 0.1). */
@Schema(name = "Measurement")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeasurementEntry(
        @Schema(required = true, example = "2026-11-19") LocalDate date,
        @Schema(nullable = true, example = "70.5") Double waistCm,
        @Schema(nullable = true, example = "101.0") Double hipCm,
        @Schema(nullable = true, example = "58.0") Double thighCm,
        @Schema(nullable = true, example = "32.0") Double neckCm,
        @Schema(description = "Measured body fat, %", nullable = true, example = "27.0") Double bodyFatPercent,
        @Schema(description = "US Navy estimate from this day's tape and the client's height (needs waist and neck, "
                + "and the hip for women)", nullable = true, example = "27.6") Double navyBodyFatPercent) {
}
