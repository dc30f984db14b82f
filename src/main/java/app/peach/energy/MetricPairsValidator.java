package app.peach.energy;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks every pair of a {@link MetricPairs.Carrier} request (see {@link ValidMetricPairs}). */
public class MetricPairsValidator implements ConstraintValidator<ValidMetricPairs, MetricPairs.Carrier> {

    @Override
    public boolean isValid(MetricPairs.Carrier request, ConstraintValidatorContext ctx) {
        if (request == null) {
            return true;
        }
        ctx.disableDefaultConstraintViolation();
        boolean ok = true;
        for (MetricPairs.Given given : request.metricPairs()) {
            ok &= BodyMetricsValidator.report(ctx, given.check());
        }
        return ok;
    }
}
