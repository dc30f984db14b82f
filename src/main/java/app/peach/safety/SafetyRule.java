package app.peach.safety;

import java.util.Optional;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;

/** One safety rule: a stable code, a severity, a threshold from {@link SafetyLimits} and its source. */
public interface SafetyRule {
    String code();

    Severity severity();

    String source();

    /** Short description for the OpenAPI document and README. */
    String meaning();

    Optional<Finding> evaluate(Plan plan);

    default Optional<Finding> finding(String message, Double limit, Double actual) {
        return Optional.of(Finding.of(code(), severity(), message, limit, actual, source()));
    }
}
