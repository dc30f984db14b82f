package app.peach.bodycomposition;

import jakarta.enterprise.context.ApplicationScoped;

/** Body composition from tape measurements: resolves metric/imperial pairs, then the pure calculator. */
@ApplicationScoped
public class BodyCompositionService {

    public BodyCompositionResponse calculate(BodyCompositionRequest r) {
        Girths.checkWaistAboveNeck(r.waist(), r.neck());
        var result = BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(r.sex(),
                r.height().resolved(), r.weight().resolved(), r.waist().resolved(), r.hip().resolved(),
                r.neck().resolved()));
        return new BodyCompositionResponse(result.navyBodyFatPercent(), result.rfmPercent(), result.waistToHipRatio(),
                result.waistToHeightRatio(), result.fatFreeMassKg(), result.findings());
    }
}
