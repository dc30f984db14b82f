package app.peach.coaching;

import app.peach.db.ApiEnumColumn;
import app.peach.energy.ActivityLevel;
import app.peach.exercises.Level;
import app.peach.targets.Goal;
import jakarta.persistence.Converter;

/** Column converters storing the client's enums by their wire values. */
final class EnumColumns {
    private EnumColumns() {
    }

    @Converter
    public static class ActivityLevelColumn extends ApiEnumColumn<ActivityLevel> {
        public ActivityLevelColumn() {
            super(ActivityLevel.class);
        }
    }

    @Converter
    public static class GoalColumn extends ApiEnumColumn<Goal> {
        public GoalColumn() {
            super(Goal.class);
        }
    }

    @Converter
    public static class LevelColumn extends ApiEnumColumn<Level> {
        public LevelColumn() {
            super(Level.class);
        }
    }
}
