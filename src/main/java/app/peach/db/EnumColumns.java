package app.peach.db;

import jakarta.persistence.Converter;

import app.peach.checkins.CheckInReason;
import app.peach.checkins.CheckInStatus;
import app.peach.energy.DgaActivityLevel;
import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Sex;

/**
 * Every enum column of the schema, stored by its wire value. Applied automatically to each entity attribute
 * of these types, so entities carry no converter annotations and features do not import this package.
 */
final class EnumColumns {
    private EnumColumns() {
    }

    @Converter(autoApply = true)
    static class SexColumn extends WireValueColumn<Sex> {
        SexColumn() {
            super(Sex.class);
        }
    }

    @Converter(autoApply = true)
    static class ActivityLevelColumn extends WireValueColumn<ActivityLevel> {
        ActivityLevelColumn() {
            super(ActivityLevel.class);
        }
    }

    @Converter(autoApply = true)
    static class DgaActivityLevelColumn extends WireValueColumn<DgaActivityLevel> {
        DgaActivityLevelColumn() {
            super(DgaActivityLevel.class);
        }
    }

    @Converter(autoApply = true)
    static class GoalColumn extends WireValueColumn<Goal> {
        GoalColumn() {
            super(Goal.class);
        }
    }

    @Converter(autoApply = true)
    static class LevelColumn extends WireValueColumn<Level> {
        LevelColumn() {
            super(Level.class);
        }
    }

    @Converter(autoApply = true)
    static class CheckInStatusColumn extends WireValueColumn<CheckInStatus> {
        CheckInStatusColumn() {
            super(CheckInStatus.class);
        }
    }

    @Converter(autoApply = true)
    static class CheckInReasonColumn extends WireValueColumn<CheckInReason> {
        CheckInReasonColumn() {
            super(CheckInReason.class);
        }
    }
}
