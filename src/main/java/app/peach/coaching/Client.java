package app.peach.coaching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import app.peach.vocabulary.ActivityLevel;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Sex;

/** A coach's client. {@code version} is the optimistic lock that PUT checks (If-Match or body version). */
@Entity
@Table(name = "clients")
public class Client {
    @Id
    UUID id;
    @Column(name = "coach_id")
    UUID coachId;
    String name;
    Sex sex;
    @Column(name = "birth_date")
    LocalDate birthDate;
    @Column(name = "height_cm")
    BigDecimal heightCm;
    @Column(name = "activity_level")
    ActivityLevel activityLevel;
    Goal goal;
    Level level;
    String notes;
    @Version
    int version;
    @Column(name = "created_at")
    OffsetDateTime createdAt;
    @Column(name = "updated_at")
    OffsetDateTime updatedAt;

    ClientProfile profile() {
        return new ClientProfile(id, coachId, name, sex, birthDate, heightCm.doubleValue(), activityLevel, goal, level);
    }
}
