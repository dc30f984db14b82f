package app.peach.safety.rules;

import java.util.Optional;
import java.util.stream.Collectors;

import app.peach.goals.CaloriePolicy;
import app.peach.safety.Plan;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Info: fat loss aimed at particular body areas; fat is lost body-wide. */
public final class SpotReduction extends BaseRule {
    public SpotReduction() {
        super("SPOT_REDUCTION", Severity.INFO, Sources.SPOT_REDUCTION,
                "Fat loss aimed at one body area: fat is lost across the whole body, not where you exercise.");
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        boolean fatLoss = (p.goal() != null && p.goal().caloriePolicy() == CaloriePolicy.DEFICIT) || p.restrictsEnergy();
        if (!fatLoss || p.targetAreas() == null || p.targetAreas().isEmpty()) {
            return Optional.empty();
        }
        String areas = p.targetAreas().stream().map(a -> a.apiValue()).sorted().collect(Collectors.joining(", "));
        return finding("Fat cannot be lost from chosen areas (" + areas + "): a deficit takes it from the whole body, "
                + "in an order set by your genes. Training the area builds the muscle under it.", null, null);
    }
}
