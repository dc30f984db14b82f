package app.peach.programs;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import app.peach.energy.MetricPairs;
import app.peach.exercises.ExerciseCatalog;
import app.peach.goals.GoalCatalog;
import app.peach.goals.GoalPolicy;
import app.peach.safety.Plan;
import app.peach.safety.SafetyReport;
import app.peach.safety.SafetyRules;
import app.peach.vocabulary.Equipment;

/** Weekly programs: the pure builder over the in-memory catalog, judged by the safety rules. */
@ApplicationScoped
public class ProgramService {
    private final ExerciseCatalog exercises;
    private final GoalCatalog goals;

    ProgramService(ExerciseCatalog exercises, GoalCatalog goals) {
        this.exercises = exercises;
        this.goals = goals;
    }

    public ProgramResponse program(ProgramRequest r) {
        Double weightKg = MetricPairs.weightKg(r.weightKg(), r.weightLb(), false);
        var equipment = EnumSet.noneOf(Equipment.class); // required and validated: [] when the client has none
        equipment.addAll(r.equipment());
        GoalPolicy policy = goals.policy(r.goal());
        var input = new ProgramInput(r.goal(), policy.trainingEmphasis(), r.level(), equipment, r.daysPerWeek(),
                r.sessionMinutes(), Boolean.TRUE.equals(r.sitsMostOfDay()), Boolean.TRUE.equals(r.cyclesRegularly()),
                weightKg);
        Program program = ProgramBuilder.build(input, exercises.all());
        SafetyReport safety = SafetyRules.evaluate(Plan.forTraining(policy, program.trainingDays(),
                program.strengthDays(), program.aerobicMinutesPerWeek()), program.findings());
        int weeks = r.weeks() == null ? 1 : r.weeks();
        List<String> progression = program.progression();
        if (weeks > 1) {
            progression = new ArrayList<>(progression);
            progression.add(TrainingBlock.describe(weeks));
        }
        return new ProgramResponse(r.goal(), r.level(), program.days(), progression, program.cardio(),
                program.weeklyExerciseKcal(), safety, TrainingBlock.of(program.days(), weeks));
    }
}
