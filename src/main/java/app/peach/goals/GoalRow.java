package app.peach.goals;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.WireValue;

/** One row of the goal catalog (migration V2). */
@Entity
@Table(name = "goal_catalog")
public class GoalRow {
    @Id
    String goal;
    @Column(name = "sort_order")
    int sortOrder;
    String name;
    String description;
    @Column(name = "calorie_policy")
    String caloriePolicy;
    @Column(name = "calorie_policy_text")
    String caloriePolicyText;
    @Column(name = "adjust_min_pct")
    BigDecimal adjustMinPct;
    @Column(name = "adjust_max_pct")
    BigDecimal adjustMaxPct;
    @Column(name = "adjust_default_pct")
    BigDecimal adjustDefaultPct;
    @Column(name = "max_surplus_kcal")
    Integer maxSurplusKcal;
    @Column(name = "default_weekly_rate_kg")
    BigDecimal defaultWeeklyRateKg;
    @Column(name = "protein_min_g_per_kg")
    BigDecimal proteinMin;
    @Column(name = "protein_max_g_per_kg")
    BigDecimal proteinMax;
    @Column(name = "protein_target_g_per_kg")
    BigDecimal proteinTarget;
    @Column(name = "protein_rationale")
    String proteinRationale;
    @Column(name = "fat_percent")
    BigDecimal fatPercent;
    @Column(name = "fat_policy")
    String fatPolicy;
    @Column(name = "carb_policy")
    String carbPolicy;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "training_emphasis")
    String[] trainingEmphasis;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] guidance;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] sources;

    GoalPolicy toPolicy() {
        return new GoalPolicy(parse(Goal.class, goal), name, parse(CaloriePolicy.class, caloriePolicy),
                adjustMinPct.doubleValue(), adjustMaxPct.doubleValue(), adjustDefaultPct.doubleValue(), maxSurplusKcal,
                defaultWeeklyRateKg == null ? null : defaultWeeklyRateKg.doubleValue(),
                proteinMin.doubleValue(), proteinMax.doubleValue(), proteinTarget.doubleValue(), fatPercent.doubleValue(),
                Arrays.stream(trainingEmphasis).map(m -> parse(Muscle.class, m)).toList(),
                List.of(guidance), List.of(sources));
    }

    GoalView toView() {
        GoalPolicy p = toPolicy();
        return new GoalView(p.goal(), name, description,
                new GoalView.CaloriePolicyView(p.caloriePolicy(), caloriePolicyText, p.minAdjustPct(), p.maxAdjustPct(),
                        p.defaultAdjustPct(), maxSurplusKcal, p.defaultWeeklyRateKg()),
                new GoalView.ProteinRange(p.proteinMinGPerKg(), p.proteinMaxGPerKg(), p.proteinTargetGPerKg(),
                        proteinRationale),
                new GoalView.MacroPolicy(p.fatPercent(), fatPolicy, carbPolicy),
                p.trainingEmphasis(), p.guidance(), p.references());
    }

    private static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value) {
        return WireValue.parse(type, value)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " in catalog: " + value));
    }
}
