package app.peach.coaching;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** One weigh-in: a client's weight on a date. */
@Entity
@Table(name = "weigh_ins")
public class WeighIn {
    @EmbeddedId
    DailyLogId id;
    @Column(name = "weight_kg")
    BigDecimal weightKg;
}
