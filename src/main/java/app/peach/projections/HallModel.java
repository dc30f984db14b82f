package app.peach.projections;

import java.util.ArrayList;
import java.util.List;

import app.peach.vocabulary.Sex;

/**
 * The adult dynamic body-weight model of Hall KD et al., "Quantification of the effect of energy imbalance
 * on bodyweight", Lancet 2011;378:826–37 — the model behind the NIH Body Weight Planner — with the
 * equations and parameters of its published implementation, the R package bw (INSP-RH/bw,
 * src/adult_weight.cpp; shared/reference/sources.md §6). Pure Java.
 * <ul>
 * <li>Body weight = lean + fat + extracellular fluid + glycogen with 2.7 kg water per kg (BW = L + F + ECF + 3.7 G).</li>
 * <li>Fat follows lean by Forbes' law: F = F0 exp((L − L0) / 10.4 · ρL/ρF).</li>
 * <li>Glycogen: dG/dt = (CI − kG G²)/ρG; extracellular fluid responds to carbohydrate intake; adaptive
 * thermogenesis: dAT/dt = (βAT ΔEI − AT)/τAT; thermic effect of food βTEF ΔEI; physical activity
 * δ·BW, with δ from the baseline PAL.</li>
 * <li>Baseline: intake = expenditure = PAL × RMR, RMR by the unsimplified Mifflin–St Jeor form
 * 9.99 W + 625 H(m) − 4.92 A + 5 / − 161; initial fat mass by the Jackson et al. equations on BMI and age.</li>
 * <li>Integration: fourth-order Runge–Kutta with a one-day step, as the package does it; the energy balance's terms
 * are grouped and each stage's fat mass follows from the day's by Forbes' ratio (see {@link #forbesRatio}), which
 * moves results by less than 10⁻⁹ kg over ten years (HallModelTest) and halves a day's time.</li>
 * </ul>
 * The glycogen term in the lean-mass equation is taken in energy units, ρG·dG/dt (kcal/day), following
 * the fork's documented units fix (ChocoTonic/bw, docs/glycogen-flux-units-fix.md); the upstream code adds
 * dG/dt in kg/day. The published reference run (male, 40 y, 90 kg, 1.80 m, PAL 1.5, −500 kcal/day) gives
 * 89.6939 kg at day 1 and 76.2608 kg at day 364 with this form; the upstream form differs by about 0.02 kg.
 */
public final class HallModel {
    // Energy densities and costs, kcal/kg (kJ × 0.23900573614), as in bw's getParameters()
    static final double RHO_G = 4206.501;
    static final double RHO_F = 9440.727;
    static final double RHO_L = 1816.444;
    static final double GAMMA_F = 3.107075;
    static final double GAMMA_L = 21.98853;
    static final double ETA_F = 179.2543;
    static final double ETA_L = 229.4455;
    static final double BETA_TEF = 0.1;
    static final double BETA_AT = 0.14;
    static final double TAU_AT = 14.0;
    static final double SODIUM = 3220;
    static final double ZETA_NA = 3000;
    static final double ZETA_CI = 4000;
    static final double C = 10.4 * RHO_L / RHO_F;
    static final double ALFA1 = -(1 + ETA_L / RHO_L) * C;
    static final double ALFA2 = -(1 + ETA_F / RHO_F);
    static final double GLYCOGEN_BASE = 0.5;
    static final double CARB_FRACTION = 0.5;
    /** Forbes' exponent per kg of lean mass: F = F0 exp(FORBES (L − L0)). */
    static final double FORBES = RHO_L / (RHO_F * C);
    static final double SERIES_LIMIT = 0.01;

    /** One day of the projection. */
    public record State(int day, double weightKg, double fatKg, double leanKg, double glycogenKg, double ecfKg,
            double adaptiveThermogenesis) {
    }

    private final double heightM;
    private final double rmr;
    private final double baselineIntake;
    private final double delta;
    private final double ecf0;
    private final double fat0;
    private final double lean0;
    private final double k;
    private final double carbBase;
    private final double kG;
    private final double weight0;

    /**
     * @param pal physical activity level (total expenditure / RMR at baseline), 1.2–2.5
     */
    public HallModel(Sex sex, double ageYears, double weightKg, double heightCm, double pal) {
        this(sex, ageYears, weightKg, heightCm, pal, null);
    }

    /**
     * @param bodyFatPercent measured body fat, which replaces the model's estimate of initial fat mass (as the
     *                       package's {@code fat} argument does); null for the estimate
     */
    public HallModel(Sex sex, double ageYears, double weightKg, double heightCm, double pal, Double bodyFatPercent) {
        boolean female = sex == Sex.FEMALE;
        this.heightM = heightCm / 100.0;
        this.weight0 = weightKg;
        this.rmr = 9.99 * weightKg + 625.0 * heightM - 4.92 * ageYears + (female ? -161.0 : 5.0);
        this.baselineIntake = rmr * pal;
        this.delta = ((1.0 - BETA_TEF) * pal - 1.0) * rmr / weightKg;
        this.ecf0 = female ? -4.0 + 5.98 * heightM + 0.167 * weightKg
                : 0.025 * ageYears + 9.57 * heightM + 0.191 * weightKg - 12.4;
        double bmi = weightKg / (heightM * heightM);
        this.fat0 = bodyFatPercent != null ? weightKg * bodyFatPercent / 100.0
                : female ? weightKg * (0.14 * ageYears + 39.96 * Math.log(bmi) - 102.01) / 100.0
                        : weightKg * (0.14 * ageYears + 37.31 * Math.log(bmi) - 103.94) / 100.0;
        this.lean0 = weightKg - (ecf0 + fat0 + 3.7 * GLYCOGEN_BASE);
        this.k = rmr * pal - GAMMA_L * lean0 - GAMMA_F * fat0 - delta * weightKg;
        this.carbBase = CARB_FRACTION * baselineIntake;
        this.kG = carbBase / (GLYCOGEN_BASE * GLYCOGEN_BASE);
    }

    /** The intake that keeps today's weight: PAL × RMR, kcal/day. */
    public double baselineIntake() {
        return baselineIntake;
    }

    /** Initial fat and lean mass are the model's own estimates; they are positive only for plausible bodies. */
    public boolean plausible() {
        return fat0 > 0 && lean0 > 0;
    }

    /** Daily states from day 0 to {@code days} at a constant intake. */
    public List<State> run(double dailyIntake, int days) {
        List<State> states = new ArrayList<>(days + 1);
        simulate(dailyIntake, days, states);
        return states;
    }

    /** Weight on {@code day} at a constant intake, without keeping the path. */
    public double weightOn(double dailyIntake, int day) {
        return simulate(dailyIntake, day, null).weightKg();
    }

    private State simulate(double intake, int days, List<State> keep) {
        double dEI = intake - baselineIntake;
        double ci = CARB_FRACTION * intake;
        double sameEveryDay = k + BETA_TEF * dEI - intake + ci;
        double at = 0;
        double ecf = ecf0;
        double g = GLYCOGEN_BASE;
        double l = lean0;
        double f = fat0;
        State state = new State(0, weight0, fat0, lean0, g, ecf, at);
        if (keep != null) {
            keep.add(state);
        }
        for (int day = 1; day <= days; day++) {
            double atNext = rk4(Equation.ADAPTIVE_THERMOGENESIS, at, dEI);
            double ecfNext = rk4(Equation.EXTRACELLULAR_FLUID, ecf, ci);
            double gNext = rk4(Equation.GLYCOGEN, g, ci);
            double gMid = 0.5 * (g + gNext);
            double atMid = 0.5 * (at + atNext);
            double ecfMid = 0.5 * (ecf + ecfNext);
            double start = balanceBesidesMasses(sameEveryDay, g, at, ecf);
            double middle = balanceBesidesMasses(sameEveryDay, gMid, atMid, ecfMid);
            double end = balanceBesidesMasses(sameEveryDay, gNext, atNext, ecfNext);
            double k1 = dLean(l, f, start);
            double k2 = dLean(l + 0.5 * k1, f * forbesRatio(0.5 * k1), middle);
            double k3 = dLean(l + 0.5 * k2, f * forbesRatio(0.5 * k2), middle);
            double k4 = dLean(l + k3, f * forbesRatio(k3), end);
            double leanChange = (k1 + 2 * k2 + 2 * k3 + k4) / 6.0;
            l += leanChange;
            f *= forbesRatio(leanChange);
            at = atNext;
            ecf = ecfNext;
            g = gNext;
            state = new State(day, bodyWeight(l, f, ecf, g), f, l, g, ecf, at);
            if (keep != null) {
                keep.add(state);
            }
        }
        return state;
    }

    /**
     * The weight a constant intake settles at (all derivatives zero): glycogen at G0·√(CI/CIb), extracellular
     * fluid shifted by the carbohydrate term, AT = βAT ΔEI, and lean mass where the energy balance closes.
     */
    public double equilibriumWeight(double intake) {
        double dEI = intake - baselineIntake;
        double ci = CARB_FRACTION * intake;
        double g = Math.sqrt(Math.max(0, ci) / kG);
        double ecf = ecf0 - ZETA_CI / ZETA_NA * (1.0 - ci / carbBase);
        double at = BETA_AT * dEI;
        double lo = 0.01;
        double hi = 10 * (lean0 + fat0 + 50);
        for (int i = 0; i < 200 && hi - lo > 1e-9; i++) {
            double l = 0.5 * (lo + hi);
            double f = fatMass(l);
            double balance = k + delta * bodyWeight(l, f, ecf, g) + BETA_TEF * dEI + at - intake + GAMMA_L * l + GAMMA_F * f;
            if (balance > 0) {
                hi = l;
            } else {
                lo = l;
            }
        }
        double l = 0.5 * (lo + hi);
        return bodyWeight(l, fatMass(l), ecf, g);
    }

    /** BW = L + F + ECF + 3.7 G: glycogen is stored with 2.7 kg of water per kg. */
    private static double bodyWeight(double l, double f, double ecf, double g) {
        return l + f + ecf + 3.7 * g;
    }

    /**
     * The lean-mass equation's energy balance without its lean- and fat-mass terms: k + δ (ECF + 3.7 G) + βTEF ΔEI
     * + AT − EI + ρG dG/dt, where ρG dG/dt = CI − kG G² (kcal/day). Within a day these depend only on the three
     * equations that do not involve lean mass, so they are summed before the lean-mass stages, each of which then
     * adds two products: a stage waits on the one before it, and the fewer operations it waits on the faster a day.
     * {@code sameEveryDay} is k + βTEF ΔEI − EI + CI.
     */
    private double balanceBesidesMasses(double sameEveryDay, double g, double at, double ecf) {
        return sameEveryDay + delta * (ecf + 3.7 * g) + at - kG * g * g;
    }

    /**
     * dL/dt at lean mass {@code l} with its fat mass {@code f}: [balance + (δ + γL) L + (δ + γF) F] / (α1 + α2 F)
     * · C/ρL, where δ·BW = δ (L + F) + δ (ECF + 3.7 G) is split between the two.
     */
    private double dLean(double l, double f, double balanceBesidesMasses) {
        double balance = balanceBesidesMasses + (delta + GAMMA_L) * l + (delta + GAMMA_F) * f;
        return balance / (ALFA1 + ALFA2 * f) * (C / RHO_L);
    }

    private double fatMass(double l) {
        return fat0 * Math.exp(FORBES * (l - lean0));
    }

    /**
     * F(L + d) / F(L) = exp(d · ρL/(ρF C)) by Forbes' law, so a stage's fat mass is the day's times this ratio. A
     * day's lean mass changes by grams (|x| is about 0.001 at a 500 kcal deficit), where the exponential's series to
     * x⁶ is exact to double precision: the remainder is below x⁷/5040 &lt; 2·10⁻¹⁸ for |x| ≤ 0.01. Written in pairs of
     * terms (Estrin's scheme) it is a few multiplications deep, where {@code Math.exp} took a third of a day's time
     * on the lean-mass chain; larger steps (an extreme intake) use {@code Math.exp}. HallModelTest checks the
     * result against {@code F0 exp((L − L0) ρL/(ρF C))} computed directly.
     */
    static double forbesRatio(double leanChange) {
        double x = FORBES * leanChange;
        if (Math.abs(x) > SERIES_LIMIT) {
            return Math.exp(x);
        }
        double x2 = x * x;
        return (1 + x) + x2 * ((1.0 / 2 + x * (1.0 / 6)) + x2 * ((1.0 / 24 + x * (1.0 / 120)) + x2 * (1.0 / 720)));
    }

    /** The three equations that do not involve lean mass, each stepped alone by {@link #rk4}. */
    private enum Equation {
        ADAPTIVE_THERMOGENESIS, EXTRACELLULAR_FLUID, GLYCOGEN
    }

    /**
     * One fourth-order Runge–Kutta day of {@code equation} from {@code y}; {@code input} is ΔEI for adaptive
     * thermogenesis and the carbohydrate intake CI for the others. The equation is a constant at each call site, so
     * the JIT inlines the step and folds the switch; a lambda per equation through one step made that step's call
     * megamorphic (twelve virtual calls a day; the 1-year run took 8 % longer).
     */
    private double rk4(Equation equation, double y, double input) {
        double k1 = slope(equation, y, input);
        double k2 = slope(equation, y + 0.5 * k1, input);
        double k3 = slope(equation, y + 0.5 * k2, input);
        double k4 = slope(equation, y + k3, input);
        return y + (k1 + 2 * k2 + 2 * k3 + k4) / 6.0;
    }

    private double slope(Equation equation, double y, double input) {
        return switch (equation) {
            // dAT/dt = (βAT ΔEI − AT)/τAT
            case ADAPTIVE_THERMOGENESIS -> (BETA_AT * input - y) / TAU_AT;
            // dECF/dt = (−ζNa (ECF − ECF0) − ζCI (1 − CI/CIb)) / [Na]
            case EXTRACELLULAR_FLUID -> (-ZETA_NA * (y - ecf0) - ZETA_CI * (1.0 - input / carbBase)) / SODIUM;
            // dG/dt = (CI − kG G²)/ρG
            case GLYCOGEN -> (input - kG * y * y) / RHO_G;
        };
    }
}
