package app.peach.vocabulary;

import java.util.Comparator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;


/** One safety finding: a rule code clients switch on, its severity, and the source of its threshold. */
@Schema(name = "Finding")
public record Finding(
        @Schema(description = "Rule code (stable; clients switch on it)", example = "CALORIES_BELOW_FLOOR")
        String code,
        Severity severity,
        @Schema(example = "1,100 kcal/day is below the 1,200 kcal/day minimum for women without medical supervision.")
        String message,
        @Schema(description = "The threshold, in the unit of the rule", nullable = true, example = "1200") Double limit,
        @Schema(description = "The plan's value, same unit", nullable = true, example = "1100") Double actual,
        @Schema(description = "Guideline or paper the threshold comes from",
                example = "Harvard Health Publishing, Calorie counting made easy")
        String source) {

    /**
     * Most severe first, then by code, so that lists read the same every time. Written out rather than composed
     * from {@code Comparator.comparing(...).reversed().thenComparing(...)}: every safety answer sorts its findings,
     * and the composed form goes through four lambdas per comparison.
     */
    public static final Comparator<Finding> MOST_SEVERE_FIRST = (a, b) -> {
        int bySeverity = b.severity().compareTo(a.severity());
        return bySeverity != 0 ? bySeverity : a.code().compareTo(b.code());
    };

    public static Finding of(String code, Severity severity, String message, Double limit, Double actual, String source) {
        return new Finding(code, severity, message, limit == null ? null : round2(limit),
                actual == null ? null : round2(actual), source);
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
