package app.peach.bodycomposition;

import static app.peach.vocabulary.Wording.fixed;

import java.util.ArrayList;
import java.util.List;

import app.peach.energy.BodyLimits;
import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;
import app.peach.vocabulary.Sex;
import app.peach.vocabulary.Sources;

/**
 * Body composition from a tape measure: US Navy body fat, relative fat mass, waist-to-hip and waist-to-height
 * ratios and fat-free mass. A figure whose inputs are missing is null. Percentages are rounded to 0.1, ratios to
 * 0.01, fat-free mass to 0.1 kg (from the unrounded Navy figure); findings judge the unrounded ratios, as BMI
 * categories do. An estimate outside the plausible 3–70 % is not reported: the tape measurements lie outside the
 * bodies the equation was fitted on, and a finding says so. Pure Java.
 */
public final class BodyCompositionCalculator {
    static final double MIN_PERCENT = Double.parseDouble(BodyLimits.MIN_BODY_FAT_PERCENT);
    static final double MAX_PERCENT = Double.parseDouble(BodyLimits.MAX_BODY_FAT_PERCENT);

    /** Metric inputs; weight, hip and neck may be null. */
    public record Input(Sex sex, double heightCm, Double weightKg, double waistCm, Double hipCm, Double neckCm) {
    }

    public record Result(Double navyBodyFatPercent, Double rfmPercent, Double waistToHipRatio, Double waistToHeightRatio,
            Double fatFreeMassKg, List<Finding> findings) {
    }

    private BodyCompositionCalculator() {
    }

    /** Throws IllegalArgumentException for a neck not smaller than the waist (callers check it first). */
    public static Result calculate(Input in) {
        List<Finding> findings = new ArrayList<>();
        Double navy = in.neckCm() == null ? null
                : plausible("US Navy", NavyBodyFat.percent(in.sex(), in.heightCm(), in.waistCm(), in.neckCm(), in.hipCm()),
                        Sources.NAVY_BODY_FAT, findings);
        Double rfm = plausible("Relative fat mass", RelativeFatMass.percent(in.sex(), in.heightCm(), in.waistCm()),
                Sources.RELATIVE_FAT_MASS, findings);
        Double whr = null;
        if (in.hipCm() != null) {
            whr = WaistToHipRatio.ratio(in.waistCm(), in.hipCm());
            double high = WaistToHipRatio.highFrom(in.sex());
            if (whr >= high) {
                findings.add(Finding.of("WAIST_TO_HIP_HIGH", Severity.INFO, "A waist-to-hip ratio of " + fixed(whr, 2)
                        + " is at or above " + fixed(high, 2) + ", the WHO cut-off for substantially increased metabolic "
                        + "risk in " + (in.sex() == Sex.MALE ? "men" : "women") + ".", high, whr, Sources.WHO_WAIST_HIP));
            }
        }
        double whtr = WaistToHeightRatio.ratio(in.waistCm(), in.heightCm());
        if (whtr >= WaistToHeightRatio.HIGH) {
            findings.add(Finding.of("WAIST_TO_HEIGHT_HIGH", Severity.INFO, "A waist-to-height ratio of " + fixed(whtr, 2)
                    + " is at or above " + fixed(WaistToHeightRatio.HIGH, 1) + ": the waist is more than half the height, "
                    + "a boundary for raised cardiometabolic risk.", WaistToHeightRatio.HIGH, whtr, Sources.WAIST_TO_HEIGHT));
        }
        Double fatFree = navy == null || in.weightKg() == null ? null : in.weightKg() * (1 - navy / 100);
        findings.sort(Finding.MOST_SEVERE_FIRST);
        return new Result(round(navy, 10), round(rfm, 10), round(whr, 100), round(whtr, 100), round(fatFree, 10),
                List.copyOf(findings));
    }

    /** The estimate, or null with a finding when it falls outside the plausible 3–70 %. */
    private static Double plausible(String method, Double percent, String source, List<Finding> findings) {
        if (percent == null || (percent >= MIN_PERCENT && percent <= MAX_PERCENT)) {
            return percent;
        }
        findings.add(Finding.of("BODY_FAT_ESTIMATE_IMPLAUSIBLE", Severity.INFO, method + " gives " + fixed(percent, 1)
                + " % body fat from these measurements, outside the plausible " + fixed(MIN_PERCENT, 0) + "–"
                + fixed(MAX_PERCENT, 0) + " %: check the tape measurements; the estimate is left out.",
                percent < MIN_PERCENT ? MIN_PERCENT : MAX_PERCENT, percent, source));
        return null;
    }

    private static Double round(Double v, int scale) {
        return v == null ? null : Math.round(v * scale) / (double) scale;
    }
}
