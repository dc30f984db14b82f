package app.peach.measurements;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import app.peach.bodycomposition.Girths;
import app.peach.coaching.ClientProfile;
import app.peach.coaching.ClientService;
import app.peach.coaching.LogDates;
import app.peach.coaching.LogService;
import app.peach.vocabulary.ClientEvent;
import app.peach.vocabulary.InvalidInput;

/** A client's tape measurements: one row per date, PUT replaces; each write fires measurement.recorded. */
@ApplicationScoped
public class MeasurementService {
    private final ClientService clients;
    private final MeasurementRepository measurements;
    private final Event<ClientEvent> events;
    private final Clock clock;

    MeasurementService(ClientService clients, MeasurementRepository measurements, Event<ClientEvent> events, Clock clock) {
        this.clients = clients;
        this.measurements = measurements;
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public LogService.Put<MeasurementEntry> put(UUID coachId, String clientId, String date, MeasurementRequest r) {
        ClientProfile c = clients.profile(coachId, clientId);
        LocalDate day = LogDates.logDate(date, clock);
        Girths.checkWaistAboveNeck(r.waist(), r.neck());
        BigDecimal waist = cm(r.waist().resolved());
        BigDecimal hip = cm(r.hip().resolved());
        BigDecimal thigh = cm(r.thigh().resolved());
        BigDecimal neck = cm(r.neck().resolved());
        BigDecimal bodyFat = cm(r.bodyFatPercent());
        if (waist == null && hip == null && thigh == null && neck == null && bodyFat == null) {
            throw new InvalidInput("body", "send at least one of waistCm, hipCm, thighCm, neckCm (or their inch "
                    + "fields) and bodyFatPercent");
        }
        if (waist != null && neck != null && waist.compareTo(neck) <= 0) {
            // equal once rounded to 0.1 cm, as stored
            throw new InvalidInput(r.waist().sentField(), "must be larger than the neck once rounded to 0.1 cm");
        }
        boolean created = measurements.put(c.id(), day, waist, hip, thigh, neck, bodyFat);
        MeasurementCalculator.Taken taken = new MeasurementCalculator.Taken(day, value(waist), value(hip), value(thigh),
                value(neck), value(bodyFat));
        MeasurementEntry entry = entry(c, taken);
        events.fire(new ClientEvent(ClientEvent.MEASUREMENT_RECORDED, coachId, c.id(), clock.instant(), data(entry)));
        return new LogService.Put<>(entry, created);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<MeasurementEntry> list(UUID coachId, String clientId, String from, String to) {
        ClientProfile c = clients.profile(coachId, clientId);
        LocalDate[] range = LogDates.range(from, to, clock);
        return measurements.taken(c.id(), range[0], range[1]).stream().map(t -> entry(c, t)).toList();
    }

    private static MeasurementEntry entry(ClientProfile c, MeasurementCalculator.Taken t) {
        return new MeasurementEntry(t.date(), t.waistCm(), t.hipCm(), t.thighCm(), t.neckCm(), t.bodyFatPercent(),
                MeasurementCalculator.navy(c.sex(), c.heightCm(), t));
    }

    /** The event's data: the date and every figure recorded. */
    private static Map<String, Object> data(MeasurementEntry e) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("date", e.date().toString());
        putIfPresent(data, "waistCm", e.waistCm());
        putIfPresent(data, "hipCm", e.hipCm());
        putIfPresent(data, "thighCm", e.thighCm());
        putIfPresent(data, "neckCm", e.neckCm());
        putIfPresent(data, "bodyFatPercent", e.bodyFatPercent());
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Double value) {
        if (value != null) {
            data.put(key, value);
        }
    }

    /** To 0.1, as stored (NUMERIC(4,1) and (3,1)). */
    private static BigDecimal cm(Double v) {
        return v == null ? null : BigDecimal.valueOf(v).setScale(1, RoundingMode.HALF_UP);
    }

    private static Double value(BigDecimal v) {
        return v == null ? null : v.doubleValue();
    }
}
