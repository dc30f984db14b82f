package app.peach.energy;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * Every metric/imperial pair of a {@link MetricPairs.Carrier} request: exactly one of a required pair, at most
 * one of an optional pair, and an imperial value inside the metric range once converted. One violation per
 * bad pair, naming the field (the same check as {@link ValidBodyMetrics} does for weight and height).
 */
@Documented
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = MetricPairsValidator.class)
public @interface ValidMetricPairs {
    String message() default "invalid metric/imperial pair";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
