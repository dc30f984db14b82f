package app.peach.measurements;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

/** How the tape measurements moved over the last 56 days (progress). */
@Schema(name = "MeasurementChange", description = "First and last measurement in the last 56 days; each change is "
        + "between the first and the last of those measurements that record that girth (null when fewer than two do)")
@JsonInclude(JsonInclude.Include.ALWAYS)
public record MeasurementChange(
        @Schema(required = true, description = "Date of the first measurement in the window", example = "2026-10-01")
        LocalDate from,
        @Schema(required = true, description = "Date of the last measurement in the window", example = "2026-11-19")
        LocalDate to,
        @Schema(description = "Hip change, cm to 0.1 (positive: grew)", nullable = true, example = "1.5") Double hipCmChange,
        @Schema(description = "Waist change, cm to 0.1", nullable = true, example = "0.4") Double waistCmChange,
        @Schema(description = "Thigh change, cm to 0.1", nullable = true, example = "0.8") Double thighCmChange) {
}
