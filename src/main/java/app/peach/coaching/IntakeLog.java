package app.peach.coaching;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One day's logged intake. */
@Entity
@Table(name = "intake_logs")
public class IntakeLog {
    @EmbeddedId
    DailyLogId id;
    int kcal;
    @Column(name = "protein_g")
    Integer proteinG;
}
