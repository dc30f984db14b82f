package app.peach.targets;

import static org.assertj.core.api.Assertions.assertThat;

import app.peach.energy.Bmi;
import app.peach.energy.EnergyCalculator;
import app.peach.energy.Formula;
import app.peach.energy.Person;
import app.peach.goals.GoalPolicy;
import app.peach.goals.TestGoalPolicies;
import app.peach.safety.SafetyLimits;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Sex;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Over generated profiles × goals × paces, anywhere in the contract's plausible ranges: the target never
 * falls under the floor without supervision, never loses faster than 0.9 kg a week, the macros add up to
 * the target within 10 kcal with fat at least 20 % of energy, and growth surpluses stay in the goal's range.
 */
class TargetsPropertiesTest {

    record Case(Sex sex, int age, double weightKg, double heightCm, ActivityLevel level, Formula formula,
            Double bodyFat, Goal goal, Double weeklyRateKg) {
    }

    @Provide
    Arbitrary<Case> cases() {
        var profile = Combinators.combine(
                Arbitraries.of(Sex.class),
                Arbitraries.integers().between(18, 100),
                Arbitraries.doubles().between(25, 350).ofScale(1),
                Arbitraries.doubles().between(100, 250).ofScale(1),
                Arbitraries.of(ActivityLevel.class),
                Arbitraries.of(Formula.class),
                Arbitraries.doubles().between(3, 70).ofScale(1).injectNull(0.3));
        var plan = Combinators.combine(
                Arbitraries.of(Goal.class),
                Arbitraries.doubles().between(-2, 2).ofScale(2).injectNull(0.2));
        return Combinators.combine(profile.as((s, a, w, h, l, f, bf) -> new Object[] { s, a, w, h, l, f, bf }),
                plan.as((g, r) -> new Object[] { g, r }))
                .as((p, q) -> new Case((Sex) p[0], (Integer) p[1], (Double) p[2], (Double) p[3], (ActivityLevel) p[4],
                        (Formula) p[5], (Double) p[6], (Goal) q[0], (Double) q[1]));
    }

    @Property(tries = 12_000, seed = "20261123")
    void targetsStayWithinTheRules(@ForAll("cases") Case c) {
        Person person = new Person(c.sex(), c.age(), c.weightKg(), c.heightCm(), c.bodyFat());
        Formula formula = EnergyCalculator.unmetRequirement(person, c.formula()).isPresent() ? Formula.MIFFLIN_ST_JEOR
                : c.formula();
        long maintenance = Math.round(EnergyCalculator.estimate(person, c.level(), formula).tdeeKcal());
        GoalPolicy policy = TestGoalPolicies.of(c.goal());
        var target = TargetCalculator.calculate(new TargetCalculator.Input(c.sex(), c.weightKg(),
                Bmi.of(c.weightKg(), c.heightCm()).value(), maintenance, policy, c.weeklyRateKg(), false));
        var macros = MacroPlanner.plan(target.targetKcal(), c.weightKg(), policy).macros();

        int floor = SafetyLimits.calorieFloor(c.sex());
        assertThat(target.targetKcal()).isGreaterThanOrEqualTo(floor);
        assertThat(target.weeklyChangeKg()).isGreaterThanOrEqualTo(-SafetyLimits.MAX_WEEKLY_LOSS_KG);
        assertThat(maintenance - target.targetKcal()).isLessThanOrEqualTo((long) SafetyLimits.MAX_DEFICIT_KCAL);
        assertThat(Math.abs(macros.kcal() - target.targetKcal())).isLessThanOrEqualTo(10.0);
        assertThat(macros.fatG() * 9.0).isGreaterThanOrEqualTo(0.2 * target.targetKcal());
        assertThat(macros.proteinG()).isPositive();
        assertThat(macros.carbsG()).isGreaterThanOrEqualTo(0);

        boolean floorBinding = maintenance + policy.maxSurplusKcal(maintenance) < floor;
        if (c.goal() == Goal.GLUTE_GROWTH && !floorBinding) {
            long surplus = target.adjustmentKcal();
            // +5-10 % of maintenance, and never more than +500 kcal (the cap wins where 5 % would exceed it)
            assertThat(surplus).isLessThanOrEqualTo(500);
            assertThat(surplus).isLessThanOrEqualTo((long) Math.floor(maintenance * 0.10));
            assertThat(surplus).isGreaterThanOrEqualTo(Math.min(500, (long) Math.ceil(maintenance * 0.05)));
        }
        if (c.goal() == Goal.HIP_DIPS && !floorBinding) {
            assertThat(target.adjustmentKcal()).isBetween(0L, (long) Math.floor(policy.maxSurplusKcal(maintenance)));
        }
    }
}
