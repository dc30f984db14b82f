package app.peach.safety.rules;

import static app.peach.vocabulary.Wording.num;

import java.util.Optional;

import app.peach.safety.Plan;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/** Warning: protein per kg outside the goal's range (one rule object per side of the range). */
public final class ProteinOutsideRange extends BaseRule {
    private final boolean below;

    private ProteinOutsideRange(boolean below) {
        super(below ? "PROTEIN_BELOW_RANGE" : "PROTEIN_ABOVE_RANGE", Severity.WARNING, Sources.ISSN_PROTEIN,
                below ? "Protein (g/kg/day) below the goal's range." : "Protein (g/kg/day) above the goal's range.");
        this.below = below;
    }

    public static ProteinOutsideRange belowRange() {
        return new ProteinOutsideRange(true);
    }

    public static ProteinOutsideRange aboveRange() {
        return new ProteinOutsideRange(false);
    }

    @Override
    public Optional<Finding> evaluate(Plan p) {
        if (p.goal() == null || p.proteinGPerKg() == null) {
            return Optional.empty();
        }
        double g = p.proteinGPerKg();
        double limit = below ? p.goal().proteinMinGPerKg() : p.goal().proteinMaxGPerKg();
        if (below ? g >= limit : g <= limit) {
            return Optional.empty();
        }
        return finding(num(g) + " g/kg of protein a day is " + (below ? "below" : "above") + " the "
                + num(p.goal().proteinMinGPerKg()) + "-" + num(p.goal().proteinMaxGPerKg()) + " g/kg range for "
                + p.goal().goal().apiValue() + ".", limit, g);
    }
}
