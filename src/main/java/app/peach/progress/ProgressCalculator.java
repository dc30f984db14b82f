package app.peach.progress;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import app.peach.safety.SafetyLimits;

/**
 * Observed progress from a client's logs. Pure Java.
 * <ul>
 * <li><b>Trend weight</b>: exponential smoothing of the weigh-ins, {@code trend += a (weight − trend)} with
 * {@code a = 1 − (1 − α)^gapDays}, so a missed day counts as one more smoothing step. α = 0.2 per day (the
 * Hacker's Diet uses 0.1): with 0.1 the trend's slope needs about three weeks to reach 90 % of a real
 * change, with 0.2 about ten days, which suits the 2–4 week windows coaches look at, while a ±0.5 kg
 * day-to-day swing is still damped to about ±0.17 kg.</li>
 * <li><b>Observed weekly rate</b>: the least-squares slope of the trend over the last 28 days (at least 14),
 * leaving out the trend's first week when the history is long enough, since it is still settling.</li>
 * <li><b>Adaptive expenditure</b>: mean logged intake − (trend change × 7,700 kcal/kg) / days over the same
 * window, once the last 28 days hold at least 14 days of weigh-ins and 14 of intake logs.</li>
 * </ul>
 */
public final class ProgressCalculator {
    public static final double SMOOTHING = 0.2;
    public static final int WINDOW_DAYS = 28;
    public static final int MIN_DAYS = 14;
    static final int WARM_UP_DAYS = 7;

    public record Weight(LocalDate date, double kg) {
    }

    public record Intake(LocalDate date, int kcal, Integer proteinG) {
    }

    public record Result(Double trendWeightKg, Double observedWeeklyRateKg, Double adaptiveTdeeKcal, String note,
            Double meanIntakeKcal, Double meanProteinG, List<Weight> trend, int weighInDays, int intakeDays) {
    }

    private ProgressCalculator() {
    }

    /** {@code weighIns} and {@code intakes} in date order. */
    public static Result compute(List<Weight> weighIns, List<Intake> intakes) {
        List<Weight> trend = trend(weighIns);
        if (trend.isEmpty()) {
            return new Result(null, null, null, "No weigh-ins yet: log at least " + MIN_DAYS
                    + " days of weigh-ins and intake to see the rate and the adaptive expenditure.", mean(intakes),
                    meanProtein(intakes), trend, 0, intakes.size());
        }
        LocalDate first = trend.get(0).date();
        LocalDate end = trend.get(trend.size() - 1).date();
        LocalDate windowStart = end.minusDays(WINDOW_DAYS - 1);
        boolean settled = ChronoUnit.DAYS.between(first, end) >= WARM_UP_DAYS + MIN_DAYS - 1;
        LocalDate start = later(windowStart, settled ? first.plusDays(WARM_UP_DAYS) : first);
        List<Weight> window = trend.stream().filter(w -> !w.date().isBefore(start)).toList();
        long span = ChronoUnit.DAYS.between(window.get(0).date(), end);

        int weighInDays = (int) weighIns.stream().filter(w -> !w.date().isBefore(windowStart)).count();
        List<Intake> recentIntakes = intakes.stream().filter(i -> !i.date().isBefore(windowStart) && !i.date().isAfter(end)).toList();
        int intakeDays = recentIntakes.size();
        Double meanIntake = mean(intakes.stream().filter(i -> !i.date().isBefore(start) && !i.date().isAfter(end)).toList());

        Double rate = null;
        List<String> notes = new ArrayList<>();
        if (span >= MIN_DAYS - 1 && window.size() >= 3) {
            rate = round2(slopePerDay(window) * 7);
        } else {
            notes.add("The weekly rate needs weigh-ins spanning " + MIN_DAYS + " days; these span "
                    + (ChronoUnit.DAYS.between(first, end) + 1) + ".");
        }
        Double tdee = null;
        if (rate != null && weighInDays >= MIN_DAYS && intakeDays >= MIN_DAYS && meanIntake != null) {
            double change = window.get(window.size() - 1).kg() - window.get(0).kg();
            tdee = (double) Math.round(meanIntake - change * SafetyLimits.KCAL_PER_KG / span);
        } else {
            notes.add("Adaptive expenditure needs at least " + MIN_DAYS + " days of weigh-ins and " + MIN_DAYS
                    + " of intake logs in the last " + WINDOW_DAYS + " days: " + weighInDays + " weigh-in days ("
                    + Math.max(0, MIN_DAYS - weighInDays) + " missing) and " + intakeDays + " intake days ("
                    + Math.max(0, MIN_DAYS - intakeDays) + " missing) so far.");
        }
        return new Result(round2(trend.get(trend.size() - 1).kg()), rate, tdee,
                notes.isEmpty() ? null : String.join(" ", notes), meanIntake == null ? null : (double) Math.round(meanIntake),
                meanProtein(recentIntakes), trend, weighInDays, intakeDays);
    }

    static List<Weight> trend(List<Weight> weighIns) {
        List<Weight> out = new ArrayList<>();
        Double t = null;
        LocalDate previous = null;
        for (Weight w : weighIns) {
            if (t == null) {
                t = w.kg();
            } else {
                long gap = Math.max(1, ChronoUnit.DAYS.between(previous, w.date()));
                double a = 1 - Math.pow(1 - SMOOTHING, gap);
                t += a * (w.kg() - t);
            }
            previous = w.date();
            out.add(new Weight(w.date(), t));
        }
        return out;
    }

    private static double slopePerDay(List<Weight> points) {
        LocalDate origin = points.get(0).date();
        double n = points.size();
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (Weight p : points) {
            double x = ChronoUnit.DAYS.between(origin, p.date());
            sx += x;
            sy += p.kg();
            sxx += x * x;
            sxy += x * p.kg();
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static Double mean(List<Intake> intakes) {
        return intakes.isEmpty() ? null : intakes.stream().mapToInt(Intake::kcal).average().orElseThrow();
    }

    private static Double meanProtein(List<Intake> intakes) {
        var logged = intakes.stream().filter(i -> i.proteinG() != null).mapToInt(Intake::proteinG).toArray();
        return logged.length == 0 ? null : java.util.Arrays.stream(logged).average().orElseThrow();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static double round2(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
