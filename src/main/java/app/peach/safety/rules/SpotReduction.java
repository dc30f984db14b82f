package app.peach.safety.rules;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.stream.Stream;

import app.peach.goals.CaloriePolicy;
import app.peach.safety.Plan;
import app.peach.vocabulary.BodyArea;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Info: fat loss aimed at particular body areas; fat is lost body-wide. */
public final class SpotReduction extends BaseRule {
    /** The areas in the order of their wire values, so the message names them the same whatever order was sent. */
    private static final List<BodyArea> BY_WIRE_VALUE = Stream.of(BodyArea.values())
            .sorted(Comparator.comparing(BodyArea::apiValue)).toList();

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
        StringJoiner areas = new StringJoiner(", ");
        for (BodyArea area : BY_WIRE_VALUE) {
            if (p.targetAreas().contains(area)) {
                areas.add(area.apiValue());
            }
        }
        return finding("Fat cannot be lost from chosen areas (" + areas + "): a deficit takes it from the whole body, "
                + "in an order set by your genes. Training the area builds the muscle under it.", null, null);
    }
}
