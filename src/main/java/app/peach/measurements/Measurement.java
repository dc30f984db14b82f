package app.peach.measurements;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import app.peach.coaching.DailyLogId;

/** One day's tape measurements (and measured body fat) of a client; every figure but one may be null. */
@Entity
@Table(name = "measurements")
class Measurement {
    @EmbeddedId
    DailyLogId id;
    @Column(name = "waist_cm")
    BigDecimal waistCm;
    @Column(name = "hip_cm")
    BigDecimal hipCm;
    @Column(name = "thigh_cm")
    BigDecimal thighCm;
    @Column(name = "neck_cm")
    BigDecimal neckCm;
    @Column(name = "body_fat_percent")
    BigDecimal bodyFatPercent;

    MeasurementCalculator.Taken taken() {
        return new MeasurementCalculator.Taken(id.date(), value(waistCm), value(hipCm), value(thighCm), value(neckCm),
                value(bodyFatPercent));
    }

    private static Double value(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
