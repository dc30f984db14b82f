package app.peach.web;

import java.util.List;

/**
 * Thrown by services when input that passed the declarative constraints is still unusable
 * (for example a formula asked for by name whose inputs are missing). Mapped to a 400 problem.
 */
public class ValidationProblem extends RuntimeException {
    private final List<Violation> violations;

    public ValidationProblem(List<Violation> violations) {
        super(violations.toString(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public ValidationProblem(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
