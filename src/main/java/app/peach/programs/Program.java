package app.peach.programs;

import java.util.List;

import app.peach.safety.TrainingDay;
import app.peach.vocabulary.Finding;

/**
 * A built week and what the safety rules need to judge it: the days that load muscles, how many strength days
 * and aerobic minutes, and the builder's own findings (the kit limited the choice; a session cannot be short
 * enough).
 */
record Program(List<ProgramDay> days, List<String> progression, Cardio cardio, Long weeklyExerciseKcal,
        List<TrainingDay> trainingDays, int strengthDays, int aerobicMinutesPerWeek, List<Finding> findings) {
}
