package app.peach.coaching;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Key of a daily log: one row per client and date. */
@Embeddable
public record DailyLogId(@Column(name = "client_id") UUID clientId, @Column(name = "log_date") LocalDate date)
        implements Serializable {
}
