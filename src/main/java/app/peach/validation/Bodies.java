package app.peach.validation;

import java.util.Set;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import app.peach.vocabulary.InvalidInput;

/**
 * Validates the JSON body of a calculator endpoint (energy, targets, safety, programs, projections, body
 * composition) where its resource receives it. {@code @Valid} on the parameter does the same through Quarkus's
 * method-validation interceptor, which also builds the method's parameter path, validates the return value and
 * runs an interceptor chain: a third of validation's cost, 4.5 % of a safety call's CPU samples (JFR, 20 s of
 * load). The calculators answer tens of thousands of calls a second, so they validate here. Violations leave as
 * the same {@link ConstraintViolationException}, hence the same 400 problem with the same field names (the bean's
 * property path is the method path without its method and parameter nodes). Resources whose path, query or header
 * parameters carry constraints keep method validation: there it is the only way.
 */
@Singleton
public class Bodies {
    static final String REQUIRED = "a JSON body is required";
    private final Validator validator;

    Bodies(Validator validator) {
        this.validator = validator;
    }

    /** The body itself when it is present and every constraint on it holds; otherwise a 400 naming each field. */
    public <T> T valid(T body) {
        if (body == null) {
            throw new InvalidInput("body", REQUIRED);
        }
        Set<ConstraintViolation<T>> violations = validator.validate(body);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return body;
    }
}
