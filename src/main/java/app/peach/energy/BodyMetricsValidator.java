package app.peach.energy;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import app.peach.vocabulary.Violation;

/** Checks the metric/imperial pairs of a {@link BodyMetrics} request (see {@link ValidBodyMetrics}). */
public class BodyMetricsValidator implements ConstraintValidator<ValidBodyMetrics, BodyMetrics> {

    @Override
    public boolean isValid(BodyMetrics m, ConstraintValidatorContext ctx) {
        if (m == null) {
            return true;
        }
        ctx.disableDefaultConstraintViolation();
        boolean weightOk = report(ctx, MetricPairs.WEIGHT.check(m.weightKg(), m.weightLb(), true));
        boolean heightOk = report(ctx, MetricPairs.HEIGHT.check(m.heightCm(), m.heightIn(), true));
        return weightOk && heightOk;
    }

    static boolean report(ConstraintValidatorContext ctx, Optional<Violation> violation) {
        violation.ifPresent(v -> ctx.buildConstraintViolationWithTemplate(v.message()).addPropertyNode(v.field())
                .addConstraintViolation());
        return violation.isEmpty();
    }
}
