package app.peach.measurements;

import static app.peach.vocabulary.Wording.signedFixed;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import app.peach.bodycomposition.BodyCompositionCalculator;
import app.peach.bodycomposition.NavyBodyFat;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Sources;

/**
 * What a client's tape measurements say, for progress. Pure Java.
 * <ul>
 * <li><b>Change</b> over the last {@value #WINDOW_DAYS} days: for each girth, the last measurement that records it
 * minus the first; null without two measurements in the window.</li>
 * <li><b>{@code WAIST_GROWING_FASTER_THAN_HIPS}</b> (info): for {@code glute_growth} and {@code hip_dips}, when over
 * at least {@value #MIN_SPAN_DAYS} days the waist grew, and by more than the hips: the surplus is adding fat at the
 * waist rather than muscle at the hips.</li>
 * <li><b>Body fat</b>: the most recent figure in the window, a measured one (bodyFatPercent) before the US Navy
 * estimate from the same day's tape with the client's height.</li>
 * </ul>
 */
public final class MeasurementCalculator {
    public static final int WINDOW_DAYS = 56;
    public static final int MIN_SPAN_DAYS = 28;
    public static final String WAIST_GROWING_FASTER_THAN_HIPS = "WAIST_GROWING_FASTER_THAN_HIPS";

    /** One day's measurements; any figure may be null. */
    public record Taken(LocalDate date, Double waistCm, Double hipCm, Double thighCm, Double neckCm,
            Double bodyFatPercent) {
    }

    /** A body-fat figure and where it comes from: {@code measured} or {@code navy}. */
    public record BodyFat(double percent, String source, LocalDate date) {
        public static final String MEASURED = "measured";
        public static final String NAVY = "navy";
    }

    private MeasurementCalculator() {
    }

    /** The measurements of the window ending {@code today}, in date order. */
    public static List<Taken> window(List<Taken> all, LocalDate today) {
        LocalDate start = today.minusDays(WINDOW_DAYS - 1);
        return all.stream().filter(t -> !t.date().isBefore(start) && !t.date().isAfter(today)).toList();
    }

    /** The change over {@code window} (in date order), or null with fewer than two measurements. */
    public static MeasurementChange change(List<Taken> window) {
        if (window.size() < 2) {
            return null;
        }
        return new MeasurementChange(window.get(0).date(), window.get(window.size() - 1).date(),
                round1(span(window, Taken::hipCm).map(Span::change).orElse(null)),
                round1(span(window, Taken::waistCm).map(Span::change).orElse(null)),
                round1(span(window, Taken::thighCm).map(Span::change).orElse(null)));
    }

    /** The waist-against-hips finding for the goals that aim at bigger hips and glutes. */
    public static Optional<Finding> waistAgainstHips(Goal goal, List<Taken> window) {
        if (goal != Goal.GLUTE_GROWTH && goal != Goal.HIP_DIPS) {
            return Optional.empty();
        }
        Optional<Span> waist = span(window, Taken::waistCm).filter(s -> s.days() >= MIN_SPAN_DAYS);
        Optional<Span> hips = span(window, Taken::hipCm).filter(s -> s.days() >= MIN_SPAN_DAYS);
        if (waist.isEmpty() || hips.isEmpty()) {
            return Optional.empty();
        }
        double w = waist.get().change();
        double h = hips.get().change();
        if (!(w > 0 && w > h)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(WAIST_GROWING_FASTER_THAN_HIPS, Severity.INFO, "Over " + waist.get().days()
                + " days the waist changed by " + signedFixed(w, 1) + " cm and the hips by " + signedFixed(h, 1)
                + " cm: for " + goal.apiValue() + " the surplus may be adding fat rather than glute muscle; consider "
                + "trimming it towards the low end of the goal's range.", h, w, Sources.WAIST_VS_HIPS));
    }

    /** The most recent body-fat figure of the window, measured first, else the Navy estimate of the same day. */
    public static Optional<BodyFat> bodyFat(Sex sex, double heightCm, List<Taken> window) {
        for (int i = window.size() - 1; i >= 0; i--) {
            Taken t = window.get(i);
            if (t.bodyFatPercent() != null) {
                return Optional.of(new BodyFat(t.bodyFatPercent(), BodyFat.MEASURED, t.date()));
            }
            Double navy = navy(sex, heightCm, t);
            if (navy != null) {
                return Optional.of(new BodyFat(navy, BodyFat.NAVY, t.date()));
            }
        }
        return Optional.empty();
    }

    /** The Navy estimate of one day's tape (to 0.1), or null when a measure is missing or it is implausible. */
    public static Double navy(Sex sex, double heightCm, Taken t) {
        if (t.waistCm() == null || t.neckCm() == null || !NavyBodyFat.waistAboveNeck(t.waistCm(), t.neckCm())) {
            return null;
        }
        return BodyCompositionCalculator.calculate(new BodyCompositionCalculator.Input(sex, heightCm, null, t.waistCm(),
                t.hipCm(), t.neckCm())).navyBodyFatPercent();
    }

    private record Span(double change, long days) {
    }

    private static Optional<Span> span(List<Taken> window, Function<Taken, Double> girth) {
        Taken first = null;
        Taken last = null;
        for (Taken t : window) {
            if (girth.apply(t) != null) {
                first = first == null ? t : first;
                last = t;
            }
        }
        if (first == null || first == last) {
            return Optional.empty();
        }
        return Optional.of(new Span(girth.apply(last) - girth.apply(first), ChronoUnit.DAYS.between(first.date(), last.date())));
    }

    private static Double round1(Double v) {
        return v == null ? null : Math.round(v * 10) / 10.0;
    }
}
