package app.peach.web;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * {@code @DecimalMin} and {@code @DecimalMax} on doubles (every use in the API is on a {@code Double}), decided
 * without building a {@code BigDecimal} for each value. Hibernate Validator compares {@code BigDecimal.valueOf(v)}
 * (the decimal {@code Double.toString} writes) with the bound; that conversion was 2.5 % of
 * {@code POST /safety/evaluate}'s samples under load (ten bounded numbers in a request). Rounding to the nearest
 * double keeps order, so a value below or above the bound's nearest double is below or above the bound itself; only
 * a value equal to that double is compared the validator's way. Same answers, including NaN (outside either bound)
 * and the infinities; DecimalBoundsForDoublesTest checks them against Hibernate Validator's own validators.
 */
@Singleton
public class DecimalBoundsForDoubles implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        // replacing, not adding: two validators for Double would be ambiguous
        mapping.constraintDefinition(DecimalMin.class).includeExistingValidators(false).validatedBy(Min.class);
        mapping.constraintDefinition(DecimalMax.class).includeExistingValidators(false).validatedBy(Max.class);
        configuration.addMapping(mapping);
    }

    /** −1, 0 or 1 as {@code BigDecimal.valueOf(value)} compares with {@code bound}, whose nearest double is {@code nearest}. */
    static int compare(double value, BigDecimal bound, double nearest) {
        if (value < nearest) {
            return -1;
        }
        if (value > nearest) {
            return 1;
        }
        return BigDecimal.valueOf(value).compareTo(bound);
    }

    /** A bound on a Double: {@code side} is 1 for a minimum (the value must not compare below it), −1 for a maximum. */
    abstract static class Bound<A extends Annotation> implements ConstraintValidator<A, Double> {
        private final int side;
        private BigDecimal bound;
        private double nearest;
        private boolean inclusive;

        Bound(int side) {
            this.side = side;
        }

        void initialize(String value, boolean inclusive) {
            this.bound = new BigDecimal(value);
            this.nearest = bound.doubleValue();
            this.inclusive = inclusive;
        }

        @Override
        public boolean isValid(Double value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            if (Double.isNaN(value)) {
                return false;
            }
            int c = side * compare(value, bound, nearest);
            return inclusive ? c >= 0 : c > 0;
        }
    }

    public static final class Min extends Bound<DecimalMin> {
        public Min() {
            super(1);
        }

        @Override
        public void initialize(DecimalMin constraint) {
            initialize(constraint.value(), constraint.inclusive());
        }
    }

    public static final class Max extends Bound<DecimalMax> {
        public Max() {
            super(-1);
        }

        @Override
        public void initialize(DecimalMax constraint) {
            initialize(constraint.value(), constraint.inclusive());
        }
    }
}
