package app.peach.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.peach.energy.ActivityLevel;
import app.peach.energy.Sex;
import app.peach.energy.SexColumn;
import app.peach.exercises.Level;
import app.peach.targets.Goal;

/** A coach's client. {@code version} is the optimistic lock that PUT checks (If-Match or body version). */
@Entity
@Table(name = "clients")
public class Client {
    @Id
    UUID id;
    @Column(name = "coach_id")
    UUID coachId;
    String name;
    @Convert(converter = SexColumn.class)
    Sex sex;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "height_cm")
    BigDecimal heightCm;
    @Column(name = "activity_level")
    @Convert(converter = EnumColumns.ActivityLevelColumn.class)
    ActivityLevel activityLevel;
    @Convert(converter = EnumColumns.GoalColumn.class)
    Goal goal;
    @Convert(converter = EnumColumns.LevelColumn.class)
    Level level;
    String notes;
    @Version
    int version;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "updated_at")
    OffsetDateTime updatedAt;
}
