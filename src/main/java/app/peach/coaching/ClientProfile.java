package app.peach.coaching;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.UUID;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Sex;

/** A client as the features beyond coaching read it (progress, dashboard, training, check-ins): no entity. */
public record ClientProfile(UUID id, UUID coachId, String name, Sex sex, LocalDate birthDate, double heightCm,
        ActivityLevel activityLevel, Goal goal, Level level) {

    /** Whole years of age today, by the injected clock. */
    public int age(Clock clock) {
        return Period.between(birthDate, LocalDate.now(clock)).getYears();
    }
}
