package app.peach.projections;

import static app.peach.vocabulary.Wording.fixed;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import jakarta.enterprise.context.ApplicationScoped;

import app.peach.safety.Plan;
import app.peach.safety.SafetyLimits;
import app.peach.safety.SafetyReport;
import app.peach.safety.SafetyRules;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.InvalidInput;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sources;
import app.peach.vocabulary.Violation;

/** Weight projections by the Hall model, judged by the safety rules. */
@ApplicationScoped
public class ProjectionService {
    static final int DEFAULT_DAYS = 365;
    static final int MAX_DAYS = 3650;
    static final int MAX_INLINE_DAYS = 366;
    static final String MODEL = "hall_2011_adult";
    static final String HALL_SOURCE = "Hall KD et al., Lancet 2011;378:826-37 (NIH Body Weight Planner model)";
    private final Clock clock;

    ProjectionService(Clock clock) {
        this.clock = clock;
    }

    /**
     * One simulation of at most {@value #MAX_INLINE_DAYS} days, no target to solve for: about as much work as a
     * program build (tens of microseconds here; bench/run's 1-year projection), so it runs where it arrives, on the
     * event loop, like the other calculators; the hop to the projection pool cost more than the work. The cost of
     * anything else grows with the horizon and the solver's iterations, and goes to the pool.
     */
    static boolean costsLikeACalculator(ProjectionRequest r) {
        return r.targetWeightKg() == null && (r.days() == null || r.days() <= MAX_INLINE_DAYS);
    }

    public ProjectionResponse project(ProjectionRequest r) {
        check(r);
        // the energy request's activityLevel is always there; a physicalActivityLevel sent beside it wins (contract)
        double pal = r.physicalActivityLevel() != null ? r.physicalActivityLevel() : r.activityLevel().factor();
        double weight = r.resolvedWeightKg();
        HallModel model = new HallModel(r.sex(), r.age(), weight, r.resolvedHeightCm(), pal, r.bodyFatPercent());
        if (!model.plausible()) {
            throw new InvalidInput("weightKg", "with this height, age and body fat the model's initial fat or lean mass "
                    + "is not positive: the body is outside the range the model was built for");
        }
        List<Finding> notes = new ArrayList<>();
        Long toReach = null;
        Long toMaintain = null;
        int days;
        double intake;
        if (r.targetWeightKg() != null) {
            days = r.targetDate() != null ? (int) ChronoUnit.DAYS.between(LocalDate.now(clock), r.targetDate()) : r.days();
            OptionalDouble reach = ProjectionCalculator.intakeToReach(model, r.targetWeightKg(), days);
            if (reach.isPresent()) {
                intake = reach.getAsDouble();
                toReach = Math.round(intake);
            } else {
                intake = model.baselineIntake();
                notes.add(Finding.of("TARGET_UNREACHABLE", Severity.WARNING, "No intake between 0 and 20,000 kcal/day reaches " + fixed(r.targetWeightKg(), 1) + " kg in " + days
                        + " days; the projection shows today's intake instead.", null, null, HALL_SOURCE));
            }
            OptionalDouble maintain = ProjectionCalculator.intakeToMaintain(model, r.targetWeightKg());
            toMaintain = maintain.isPresent() ? Math.round(maintain.getAsDouble()) : null;
        } else {
            days = r.days() != null ? r.days() : DEFAULT_DAYS;
            intake = r.dailyKcal() != null ? r.dailyKcal() : model.baselineIntake() + r.dailyKcalChange();
        }
        var projection = ProjectionCalculator.project(model, weight, intake, days, r.targetWeightKg());
        Plan plan = Plan.of(r.sex(), r.age(), weight, r.resolvedHeightCm(), model.baselineIntake()).dailyKcal(intake)
                .weeklyRateKg(projection.earlyWeeklyRateKg()).bodyFatPercent(r.bodyFatPercent()).build();
        SafetyReport safety = SafetyRules.evaluate(plan, notes);
        return new ProjectionResponse(MODEL, Math.round(model.baselineIntake()), Math.round(intake), pal, days,
                projection.weekly(), projection.finalWeightKg(), projection.daysToTarget(), toReach, toMaintain,
                new ProjectionResponse.StaticRule(projection.staticRuleFinalWeightKg(), SafetyLimits.KCAL_PER_KG), safety);
    }

    private void check(ProjectionRequest r) {
        List<Violation> v = new ArrayList<>();
        int modes = (r.dailyKcal() != null ? 1 : 0) + (r.dailyKcalChange() != null ? 1 : 0) + (r.targetWeightKg() != null ? 1 : 0);
        if (modes == 0) {
            v.add(new Violation("dailyKcal", "is required: give dailyKcal, dailyKcalChange, or targetWeightKg with targetDate or days"));
        } else if (modes > 1) {
            String second = r.dailyKcal() != null && r.dailyKcalChange() != null ? "dailyKcalChange" : "targetWeightKg";
            v.add(new Violation(second, "give only one of dailyKcal, dailyKcalChange and targetWeightKg"));
        }
        if (r.targetDate() != null && r.targetWeightKg() == null) {
            v.add(new Violation("targetDate", "goes with targetWeightKg"));
        }
        if (r.targetWeightKg() != null) {
            if (r.targetDate() == null && r.days() == null) {
                v.add(new Violation("targetDate", "is required with targetWeightKg (or give days)"));
            } else if (r.targetDate() != null && r.days() != null) {
                v.add(new Violation("days", "must not be given together with targetDate"));
            } else if (r.targetDate() != null) {
                long until = ChronoUnit.DAYS.between(LocalDate.now(clock), r.targetDate());
                if (until < 1) {
                    v.add(new Violation("targetDate", "must be after today"));
                } else if (until > MAX_DAYS) {
                    v.add(new Violation("targetDate", "must be at most " + MAX_DAYS + " days (10 years) from today"));
                }
            }
        }
        if (!v.isEmpty()) {
            throw new InvalidInput(v);
        }
    }
}
