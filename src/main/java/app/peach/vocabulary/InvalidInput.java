package app.peach.vocabulary;

import java.util.List;

/**
 * Input that passed the declarative constraints but is still unusable (for example a formula asked for by
 * name whose inputs are missing), one {@link Violation} per field (the edge answers 400).
 */
public class InvalidInput extends RuntimeException {
    private final List<Violation> violations;

    public InvalidInput(List<Violation> violations) {
        super(violations.toString(), null, false, false);
        this.violations = List.copyOf(violations);
    }

    public InvalidInput(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    public List<Violation> violations() {
        return violations;
    }
}
