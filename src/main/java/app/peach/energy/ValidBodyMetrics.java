package app.peach.energy;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Exactly one of {@code weightKg}/{@code weightLb} and one of {@code heightCm}/{@code heightIn}; an
 * imperial value must convert into the metric plausible range. Violations name the offending field.
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = BodyMetricsValidator.class)
public @interface ValidBodyMetrics {
    String message() default "invalid body metrics";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
