package app.peach.targets;

import static app.peach.targets.MacroGuidelines.AMDR_CARB_MIN;
import static app.peach.targets.MacroGuidelines.AMDR_PROTEIN_MAX;
import static app.peach.targets.MacroGuidelines.FIBER_G_PER_1000_KCAL;
import static app.peach.targets.MacroGuidelines.KCAL_PER_G_CARBOHYDRATE;
import static app.peach.targets.MacroGuidelines.KCAL_PER_G_FAT;
import static app.peach.targets.MacroGuidelines.KCAL_PER_G_PROTEIN;
import static app.peach.vocabulary.Wording.fixed;

import java.util.ArrayList;
import java.util.List;

import app.peach.goals.GoalPolicy;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;

/**
 * Splits a calorie target into macros. Protein first, at the goal's recommended g/kg (capped at the AMDR's
 * 35 % of energy); fat at the goal's share (20–35 %, rounded up so it never drops under 20 %); carbohydrate
 * the rest, in whole grams so that the three add up to the target within a few kcal. Pure Java.
 */
public final class MacroPlanner {

    public record Result(Macros macros, List<Finding> findings) {
    }

    private MacroPlanner() {
    }

    public static Result plan(long targetKcal, double weightKg, GoalPolicy goal) {
        List<Finding> findings = new ArrayList<>();
        long proteinG = Math.round(goal.proteinTargetGPerKg() * weightKg);
        long proteinCap = (long) Math.floor(AMDR_PROTEIN_MAX * targetKcal / KCAL_PER_G_PROTEIN);
        if (proteinG > proteinCap) {
            findings.add(Finding.of("PROTEIN_CAPPED_AT_AMDR", Severity.INFO, fixed(goal.proteinTargetGPerKg(), 1)
                    + " g/kg would be " + proteinG + " g of protein, more than 35 % of " + targetKcal
                    + " kcal; protein is held at " + proteinCap + " g.", (double) proteinCap, (double) proteinG,
                    Sources.AMDR));
            proteinG = proteinCap;
        }
        long fatG = (long) Math.ceil(goal.fatPercent() / 100.0 * targetKcal / KCAL_PER_G_FAT);
        double carbKcal = targetKcal - proteinG * KCAL_PER_G_PROTEIN - fatG * KCAL_PER_G_FAT;
        long carbsG = Math.max(0, Math.round(carbKcal / KCAL_PER_G_CARBOHYDRATE));
        double carbShare = carbsG * KCAL_PER_G_CARBOHYDRATE / targetKcal;
        if (carbShare < AMDR_CARB_MIN) {
            findings.add(Finding.of("CARBS_BELOW_AMDR", Severity.INFO, "Carbohydrate is " + fixed(carbShare * 100, 0)
                    + " % of energy, under the AMDR's 45 %: protein and fat take the rest at this intake.", AMDR_CARB_MIN * 100, carbShare * 100, Sources.AMDR));
        }
        long fiberG = Math.round(FIBER_G_PER_1000_KCAL * targetKcal / 1000.0);
        double perKg = Math.round(proteinG / weightKg * 100) / 100.0;
        return new Result(new Macros(proteinG, fatG, carbsG, fiberG, perKg), findings);
    }
}
