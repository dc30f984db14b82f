package app.peach.energy;

import jakarta.enterprise.context.ApplicationScoped;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.NotFound;
import app.peach.vocabulary.Sex;

/** Energy needs: the formulas (pure code) plus the Dietary Guidelines row from the in-memory catalog. */
@ApplicationScoped
public class EnergyService {
    private final DietaryGuidelinesCatalog guidelines;

    EnergyService(DietaryGuidelinesCatalog guidelines) {
        this.guidelines = guidelines;
    }

    public EnergyResponse energy(EnergyRequest request) {
        Person person = request.person();
        Formula formula = request.formula() != null ? request.formula() : EnergyCalculator.DEFAULT_FORMULA;
        EnergyCalculator.unmetRequirement(person, formula).ifPresent(missing -> {
            throw new InvalidInput(missing.field(), missing.message());
        });
        ActivityLevel level = request.activityLevel();
        EnergyEquation.Estimate chosen = EnergyCalculator.estimate(person, level, formula);
        var estimates = EnergyCalculator.estimateAll(person, level).stream()
                .map(e -> new EnergyResponse.Estimate(e.formula(), roundOrNull(e.bmrKcal()), Math.round(e.tdeeKcal())))
                .toList();
        var dga = guidelines.find(person.sex(), person.age(), DgaActivityLevel.of(level))
                .map(r -> new EnergyResponse.DietaryGuidelines(r.kcal(), r.activityLevel(), r.ageFrom(), r.ageTo()))
                .orElse(null);
        Bmi bmi = Bmi.of(person.weightKg(), person.heightCm());
        return new EnergyResponse(roundOrNull(chosen.bmrKcal()), Math.round(chosen.tdeeKcal()), formula,
                level.factor(), estimates, dga,
                new EnergyResponse.Bmi(round1(bmi.value()), bmi.category()),
                round1(person.weightKg()), round1(person.heightCm()));
    }

    public CalorieNeedsResponse calorieNeeds(Sex sex, int age, DgaActivityLevel level) {
        return guidelines.find(sex, age, level).map(CalorieNeedsResponse::of)
                .orElseThrow(() -> new NotFound("No Dietary Guidelines row for " + sex.apiValue() + ", age "
                        + age + ", " + level.apiValue()));
    }

    private static Long roundOrNull(Double kcal) {
        return kcal == null ? null : Math.round(kcal);
    }

    static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
