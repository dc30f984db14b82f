package app.peach.programs;

import static app.peach.exercises.ExerciseKind.ACTIVATION;
import static app.peach.exercises.ExerciseKind.CARDIO;
import static app.peach.exercises.ExerciseKind.COMPOUND;
import static app.peach.exercises.ExerciseKind.CORE;
import static app.peach.exercises.ExerciseKind.ISOLATION;
import static app.peach.exercises.ExerciseKind.STRETCH;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

import app.peach.exercises.Equipment;
import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;
import app.peach.exercises.Level;
import app.peach.exercises.Muscle;
import app.peach.safety.Finding;
import app.peach.safety.SafetyLimits;
import app.peach.safety.Severity;
import app.peach.safety.Sources;
import app.peach.safety.TrainingDay;
import app.peach.targets.Goal;

/**
 * Builds a weekly plan from the exercise catalog. Pure Java and deterministic: the same input always gives
 * the same plan. The rules:
 * <ul>
 * <li>Only exercises whose equipment the client has (bodyweight always) and at or below the client's level;
 * those the catalog lists for the goal come first.</li>
 * <li>Strength days: 2 → days 1, 4; 3 → 1, 3, 5 (whole-glute sessions, never on consecutive days); 4–6 →
 * consecutive days alternate a hip-extension day (glute max, hamstrings, quads as prime movers) with an
 * abduction-and-core day (glute med/min, core), so no prime mover is loaded two days in a row, the week
 * wrapping from day 7 to day 1. Activation drills, stretches and cardio are not loading work.</li>
 * <li>Beginners: bodyweight and band work first, after the activation check and an activation drill;
 * intermediate and advanced: weighted compound lifts first, with a progressive-overload rule.</li>
 * <li>Ranking follows the goal's training emphasis (goal catalog); a day avoids two exercises with the
 * same prime movers, and a focus repeated in the week rotates to other exercises.</li>
 * <li>Goal emphasis: hip_dips adds medius/minimus isolation and two core exercises; butt_lift puts the
 * hip-flexor stretch and single-leg hip extension on every day (3 sets instead of 2 when the client sits
 * most of the day or cycles); fat_loss caps sets at 3 and adds 150 min of moderate cardio a week;
 * glute_growth takes four glute exercises a day from several angles (advanced: one more set on compounds).</li>
 * <li>{@code sessionMinutes} bounds each day: lower-priority work is dropped until the estimate fits.</li>
 * </ul>
 */
/** The builder before it was split into parts, kept until the parts reproduce its golden plans. */
final class LegacyProgramBuilder {
    static final int FAT_LOSS_CARDIO_MINUTES = SafetyLimits.MIN_AEROBIC_MODERATE_MINUTES;
    private static final Set<ExerciseKind> MAIN_KINDS = EnumSet.of(COMPOUND, ISOLATION);
    private static final Set<ExerciseKind> LOADING_KINDS = EnumSet.of(COMPOUND, ISOLATION, CORE);
    private static final Set<Muscle> EXTENSION_MUSCLES = EnumSet.of(Muscle.GLUTEUS_MAXIMUS, Muscle.HAMSTRINGS,
            Muscle.QUADRICEPS, Muscle.ADDUCTORS, Muscle.CALVES);
    private static final Set<Muscle> ABDUCTION_MUSCLES = EnumSet.of(Muscle.GLUTEUS_MEDIUS, Muscle.GLUTEUS_MINIMUS,
            Muscle.CORE, Muscle.LOWER_BACK);
    /** Equipment that adds external load (a bench or a box only supports the body). */
    private static final Set<Equipment> LOAD = EnumSet.of(Equipment.BARBELL, Equipment.DUMBBELL, Equipment.KETTLEBELL,
            Equipment.CABLE_MACHINE, Equipment.LEG_PRESS_MACHINE, Equipment.ANKLE_WEIGHT);

    enum Focus {
        FULL("whole glutes: hip extension, squat or lunge, and abduction"),
        EXTENSION("hip extension: glute max, hamstrings, quads"),
        ABDUCTION("hip abduction and core: glute med and min, core");

        final String label;

        Focus(String label) {
            this.label = label;
        }

        boolean allows(Exercise e) {
            return switch (this) {
                case FULL -> true;
                case EXTENSION -> EXTENSION_MUSCLES.containsAll(e.primaryMuscles());
                case ABDUCTION -> ABDUCTION_MUSCLES.containsAll(e.primaryMuscles());
            };
        }
    }

    private LegacyProgramBuilder() {
    }

    static Program build(ProgramInput in, List<Exercise> catalog) {
        return new Builder(in, catalog).build();
    }

    static int[] strengthDays(int daysPerWeek) {
        return switch (daysPerWeek) {
            case 2 -> new int[] { 1, 4 };
            case 3 -> new int[] { 1, 3, 5 };
            case 4 -> new int[] { 1, 2, 4, 5 };
            case 5 -> new int[] { 1, 2, 3, 4, 5 };
            case 6 -> new int[] { 1, 2, 3, 4, 5, 6 };
            default -> throw new IllegalArgumentException("daysPerWeek must be 2-6");
        };
    }

    private static final class Builder {
        private final ProgramInput in;
        private final Goal goal;
        private final List<Exercise> usable;
        private final List<Finding> findings = new ArrayList<>();
        private final Set<String> usedThisWeek = new HashSet<>();
        private final Set<Focus> limitedFocus = EnumSet.noneOf(Focus.class);

        Builder(ProgramInput in, List<Exercise> catalog) {
            this.in = in;
            this.goal = in.goal();
            Set<Equipment> have = EnumSet.of(Equipment.BODYWEIGHT);
            have.addAll(in.equipment());
            // ranked once per build: every slot filters this order instead of sorting again
            this.usable = rank(catalog, have, in, goal);
        }

        Program build() {
            int[] strength = strengthDays(in.daysPerWeek());
            List<List<PlannedExercise>> week = new ArrayList<>();
            List<Focus> focusOf = new ArrayList<>();
            for (int d = 1; d <= 7; d++) {
                week.add(new ArrayList<>());
                focusOf.add(null);
            }
            for (int i = 0; i < strength.length; i++) {
                Focus focus = strength.length <= 3 ? Focus.FULL : (i % 2 == 0 ? Focus.EXTENSION : Focus.ABDUCTION);
                focusOf.set(strength[i] - 1, focus);
                week.set(strength[i] - 1, strengthSession(focus));
            }
            boolean[] isStrength = new boolean[8];
            for (int d : strength) {
                isStrength[d] = true;
            }
            List<DayType> types = new ArrayList<>();
            for (int d = 1; d <= 7; d++) {
                types.add(isStrength[d] ? DayType.STRENGTH : DayType.REST);
            }
            if (goal == Goal.BUTT_LIFT) {
                for (int d = 1; d <= 7; d++) {
                    if (!isStrength[d]) {
                        week.set(d - 1, mobilitySession());
                        types.set(d - 1, DayType.MOBILITY);
                    }
                }
            }
            Cardio cardio = goal == Goal.FAT_LOSS ? addCardio(week, types, isStrength) : null;

            List<ProgramDay> days = new ArrayList<>();
            List<TrainingDay> trainingDays = new ArrayList<>();
            double kcal = 0;
            for (int d = 1; d <= 7; d++) {
                List<PlannedExercise> exercises = week.get(d - 1);
                int seconds = seconds(exercises);
                Focus focus = focusOf.get(d - 1);
                days.add(new ProgramDay(d, types.get(d - 1), focus != null ? focus.label : focusOfType(types.get(d - 1)),
                        (int) Math.round(seconds / 60.0), List.copyOf(exercises)));
                if (types.get(d - 1) == DayType.STRENGTH) {
                    Set<Muscle> loaded = EnumSet.noneOf(Muscle.class);
                    for (PlannedExercise p : exercises) {
                        if (LOADING_KINDS.contains(p.exercise().kind())) {
                            loaded.addAll(p.exercise().primaryMuscles());
                        }
                    }
                    trainingDays.add(new TrainingDay(d, loaded));
                }
                if (in.weightKg() != null) {
                    for (PlannedExercise p : exercises) {
                        kcal += p.exercise().met() * in.weightKg() * p.seconds() / 3600.0;
                    }
                }
            }
            int aerobic = cardio == null ? 0 : cardio.minutesPerWeek();
            return new Program(days, progression(), cardio, in.weightKg() == null ? null : Math.round(kcal), trainingDays,
                    strength.length, aerobic, List.copyOf(findings));
        }

        private static String focusOfType(DayType type) {
            return switch (type) {
                case CARDIO -> "moderate aerobic activity";
                case MOBILITY -> "hip-flexor stretch and hip extension";
                default -> null;
            };
        }

        private List<PlannedExercise> strengthSession(Focus focus) {
            List<PlannedExercise> warmUp = new ArrayList<>();
            if (in.level() == Level.BEGINNER) {
                pick(e -> e.slug().equals("glute_activation_check")).ifPresent(e -> warmUp.add(plan(e, null)));
            }
            pick(e -> e.kind() == ACTIVATION && e.primaryMuscles().contains(Muscle.GLUTEUS_MEDIUS))
                    .ifPresent(e -> warmUp.add(plan(e, "Warm-up: wake the side glutes before the main work.")));
            List<PlannedExercise> daily = goal == Goal.BUTT_LIFT ? buttLiftPair() : List.of();

            List<PlannedExercise> main = new ArrayList<>();
            int wanted = mainCount(focus);
            // Pass 1: new this week and different prime movers; pass 2: different prime movers; pass 3: any variation.
            Set<Set<Muscle>> primarySets = new HashSet<>();
            for (int pass = 1; pass <= 3 && main.size() < wanted; pass++) {
                for (Exercise e : ranked(e -> MAIN_KINDS.contains(e.kind()) && focus.allows(e))) {
                    if (main.size() >= wanted) {
                        break;
                    }
                    Set<Muscle> primaries = EnumSet.copyOf(e.primaryMuscles());
                    boolean taken = false;
                    for (PlannedExercise p : main) {
                        if (p.slug().equals(e.slug())) {
                            taken = true;
                            break;
                        }
                    }
                    if (taken || (pass < 3 && primarySets.contains(primaries))
                            || (pass == 1 && usedThisWeek.contains(e.slug()))) {
                        continue;
                    }
                    primarySets.add(primaries);
                    main.add(plan(e, main.isEmpty() ? overloadNote(e) : null));
                }
            }
            if (main.size() < wanted && limitedFocus.add(focus)) {
                findings.add(Finding.of("PROGRAM_LIMITED_BY_EQUIPMENT", Severity.INFO, String.format(Locale.ROOT,
                        "Only %d of the %d %s exercises wanted fit this level and equipment; more equipment (a band, "
                                + "dumbbells) widens the choice.", main.size(), wanted, focus.name().toLowerCase(Locale.ROOT)),
                        (double) wanted, (double) main.size(), Sources.ACSM_REST));
            }
            main.forEach(p -> usedThisWeek.add(p.slug()));

            List<PlannedExercise> core = new ArrayList<>();
            if (focus != Focus.EXTENSION) {
                int coreCount = goal == Goal.HIP_DIPS ? 2 : 1;
                for (Exercise e : ranked(e -> e.kind() == CORE)) {
                    if (core.size() == coreCount) {
                        break;
                    }
                    core.add(plan(e, null));
                }
            }
            List<PlannedExercise> cooldown = new ArrayList<>();
            pick(e -> e.kind() == STRETCH && e.slug().equals("foam_rolling")).ifPresent(e -> cooldown.add(plan(e, "Cool-down.")));

            return fitSession(warmUp, daily, main, core, cooldown);
        }

        /** butt_lift: hip-flexor stretch and single-leg hip extension, every day. */
        private List<PlannedExercise> buttLiftPair() {
            boolean more = in.sitsMostOfDay() || in.cyclesRegularly();
            String note = more ? "Every day, and again after each long bout of sitting or cycling." : "Every day.";
            List<PlannedExercise> pair = new ArrayList<>();
            for (String slug : List.of("static_hip_flexor_stretch", "single_leg_hip_extension")) {
                pick(e -> e.slug().equals(slug)).ifPresent(e -> {
                    PlannedExercise p = plan(e, note);
                    pair.add(new PlannedExercise(p.slug(), p.name(), more ? 3 : 2, p.reps(), p.holdSeconds(), p.restSeconds(),
                            note, e));
                });
            }
            return pair;
        }

        private List<PlannedExercise> mobilitySession() {
            List<PlannedExercise> day = new ArrayList<>(buttLiftPair());
            pick(e -> e.slug().equals("foam_rolling")).ifPresent(e -> day.add(plan(e, null)));
            return fitSession(List.of(), day, List.of(), List.of(), List.of());
        }

        /** Drops lower-priority work (cool-down, extra core, warm-up drill, later main lifts) until the day fits. */
        private List<PlannedExercise> fitSession(List<PlannedExercise> warmUp, List<PlannedExercise> daily,
                List<PlannedExercise> main, List<PlannedExercise> core, List<PlannedExercise> cooldown) {
            List<PlannedExercise> w = new ArrayList<>(warmUp);
            List<PlannedExercise> m = new ArrayList<>(main);
            List<PlannedExercise> c = new ArrayList<>(core);
            List<PlannedExercise> cd = new ArrayList<>(cooldown);
            if (in.sessionMinutes() != null) {
                int limit = in.sessionMinutes() * 60;
                while (seconds(w, daily, m, c, cd) > limit) {
                    if (!cd.isEmpty()) {
                        cd.remove(cd.size() - 1);
                    } else if (c.size() > 1) {
                        c.remove(c.size() - 1);
                    } else if (w.size() > 1) {
                        w.remove(w.size() - 1);
                    } else if (m.size() > 1) {
                        m.remove(m.size() - 1);
                    } else if (!c.isEmpty()) {
                        c.remove(0);
                    } else if (!w.isEmpty()) {
                        w.remove(0);
                    } else {
                        int minutes = (int) Math.ceil(seconds(w, daily, m, c, cd) / 60.0);
                        findings.add(Finding.of("SESSION_TOO_SHORT", Severity.WARNING, String.format(Locale.ROOT,
                                "A session of %d minutes cannot hold even the shortest useful session here (%d minutes); "
                                        + "the plan keeps it.", in.sessionMinutes(), minutes),
                                (double) in.sessionMinutes(), (double) minutes, Sources.ACSM_REST));
                        break;
                    }
                }
            }
            List<PlannedExercise> all = new ArrayList<>(w);
            all.addAll(daily);
            all.addAll(m);
            all.addAll(c);
            all.addAll(cd);
            return all;
        }

        @SafeVarargs
        private static int seconds(List<PlannedExercise>... parts) {
            int s = 0;
            for (List<PlannedExercise> part : parts) {
                for (PlannedExercise p : part) {
                    s += p.seconds();
                }
            }
            return s;
        }

        /** fat_loss: 150 min of moderate cardio a week on non-strength days (one day stays for rest), the rest as finishers. */
        private Cardio addCardio(List<List<PlannedExercise>> week, List<DayType> types, boolean[] isStrength) {
            Exercise mode = pick(e -> e.kind() == CARDIO && e.slug().equals("stationary_cycling"))
                    .or(() -> pick(e -> e.kind() == CARDIO)).orElse(null);
            if (mode == null) {
                return null;
            }
            List<Integer> free = new ArrayList<>();
            for (int d = 1; d <= 7; d++) {
                if (!isStrength[d]) {
                    free.add(d);
                }
            }
            List<Integer> cardioDays = free.subList(0, Math.max(0, free.size() - 1));
            int cap = in.sessionMinutes() == null ? Integer.MAX_VALUE : in.sessionMinutes();
            int total = 0;
            int sessions = 0;
            if (!cardioDays.isEmpty()) {
                int perDay = Math.min(cap, roundUp5((double) FAT_LOSS_CARDIO_MINUTES / cardioDays.size()));
                for (int d : cardioDays) {
                    week.get(d - 1).add(cardioBout(mode, perDay, "Moderate effort: you can talk but not sing."));
                    types.set(d - 1, DayType.CARDIO);
                    total += perDay;
                    sessions++;
                }
            }
            if (total < FAT_LOSS_CARDIO_MINUTES) {
                int strengthCount = in.daysPerWeek();
                int perDay = roundUp5((double) (FAT_LOSS_CARDIO_MINUTES - total) / strengthCount);
                for (int d = 1; d <= 7; d++) {
                    if (isStrength[d]) {
                        int used = (int) Math.ceil(seconds(week.get(d - 1)) / 60.0);
                        int room = Math.min(perDay, Math.max(0, cap - used));
                        if (room >= 5) {
                            week.get(d - 1).add(cardioBout(mode, room, "Finisher after the strength work, moderate effort."));
                            total += room;
                            sessions++;
                        }
                    }
                }
            }
            return new Cardio(mode.slug(), total, sessions,
                    "Moderate aerobic activity, at least 150 minutes a week (Physical Activity Guidelines 2018); more helps "
                            + "weight loss.");
        }

        private static PlannedExercise cardioBout(Exercise e, int minutes, String note) {
            return new PlannedExercise(e.slug(), e.name(), 1, null, minutes * 60, null, note, e);
        }

        private static int roundUp5(double minutes) {
            return (int) Math.ceil(minutes / 5.0) * 5;
        }

        private int mainCount(Focus focus) {
            return switch (goal) {
                case GLUTE_GROWTH -> focus == Focus.ABDUCTION ? 3 : 4;
                case HIP_DIPS -> focus == Focus.EXTENSION ? 3 : 4;
                case FAT_LOSS, BUTT_LIFT, MAINTENANCE -> focus == Focus.ABDUCTION ? 2 : 3;
            };
        }

        private PlannedExercise plan(Exercise e, String note) {
            var p = e.prescription();
            int sets = p.sets();
            if (goal == Goal.FAT_LOSS) {
                sets = Math.min(sets, 3);
            } else if (goal == Goal.GLUTE_GROWTH && in.level() == Level.ADVANCED && e.kind() == COMPOUND) {
                sets = Math.min(sets + 1, 5);
            }
            return new PlannedExercise(e.slug(), e.name(), sets, p.reps(), p.holdSeconds(), p.restSeconds(), note, e);
        }

        private String overloadNote(Exercise e) {
            if (in.level() == Level.BEGINNER) {
                return "When every set reaches the top of the rep range with good form, add reps, a band or a small load.";
            }
            return weighted(e)
                    ? "Progressive overload: when you beat the prescribed reps by 1-2 on two sessions in a row, add 2-10 % load."
                    : null;
        }

        private static boolean weighted(Exercise e) {
            for (Equipment needed : e.equipment()) {
                if (LOAD.contains(needed)) {
                    return true;
                }
            }
            return false;
        }

        private java.util.Optional<Exercise> pick(Predicate<Exercise> which) {
            for (Exercise e : usable) {
                if (which.test(e)) {
                    return java.util.Optional.of(e);
                }
            }
            return java.util.Optional.empty();
        }

        /**
         * Usable exercises matching {@code which}, best first: those the catalog lists for the goal, then by load
         * (weighted first from intermediate on, bodyweight and band first for beginners), then by the share of
         * prime movers in the goal's training emphasis, then in catalog order.
         */
        private List<Exercise> ranked(Predicate<Exercise> which) {
            List<Exercise> matching = new ArrayList<>();
            for (Exercise e : usable) {
                if (which.test(e)) {
                    matching.add(e);
                }
            }
            return matching;
        }

        /** An exercise with its ranking keys, computed once per build instead of once per comparison. */
        private record Ranked(Exercise exercise, boolean offGoal, boolean loadLast, double emphasisShare) {
        }

        /** The usable exercises in ranking order (a stable sort: ties keep catalog order). */
        private static List<Exercise> rank(List<Exercise> catalog, Set<Equipment> have, ProgramInput in, Goal goal) {
            Set<Muscle> emphasis = EnumSet.noneOf(Muscle.class);
            emphasis.addAll(in.trainingEmphasis());
            boolean beginner = in.level() == Level.BEGINNER;
            List<Ranked> ranked = new ArrayList<>(catalog.size());
            for (Exercise e : catalog) {
                if (!e.usableWith(have) || !in.level().canDo(e.level())) {
                    continue;
                }
                int inEmphasis = 0;
                for (Muscle m : e.primaryMuscles()) {
                    if (emphasis.contains(m)) {
                        inEmphasis++;
                    }
                }
                // beginners: bodyweight and band first; intermediate and advanced: weighted first
                boolean loadLast = beginner == weighted(e);
                ranked.add(new Ranked(e, !e.goals().contains(goal), loadLast, inEmphasis / (double) e.primaryMuscles().size()));
            }
            ranked.sort(Comparator.comparing(Ranked::offGoal).thenComparing(Ranked::loadLast)
                    .thenComparing(Comparator.comparingDouble(Ranked::emphasisShare).reversed()));
            List<Exercise> order = new ArrayList<>(ranked.size());
            for (Ranked r : ranked) {
                order.add(r.exercise());
            }
            return List.copyOf(order);
        }

        private List<String> progression() {
            List<String> lines = new ArrayList<>();
            if (in.level() == Level.BEGINNER) {
                lines.add("Weeks 1-4: learn each movement with bodyweight or a band; feel the glutes work (use the "
                        + "activation check).");
                lines.add("When every set reaches the top of the rep range with good form, add reps, a stronger band or "
                        + "a small load; after 8-12 weeks, move on to the intermediate plan.");
            } else {
                lines.add("Progressive overload (ACSM 2009): when you can do 1-2 reps more than prescribed on two "
                        + "consecutive sessions, add 2-10 % load.");
                lines.add("Keep at least one day between sessions that load the same muscles.");
            }
            switch (goal) {
                case GLUTE_GROWTH -> lines.add("Growth needs a hard stimulus: take the last sets close to failure and "
                        + "add a set to the main hip-extension lift every 2-3 weeks, up to 5.");
                case FAT_LOSS -> lines.add("Keep strength work moderate (up to 3 sets) and build cardio towards "
                        + "300 minutes a week for more weight loss.");
                case HIP_DIPS -> lines.add("Progress the side-glute work: bodyweight, then band, then ankle weight or "
                        + "cable; keep body fat moderate.");
                case BUTT_LIFT -> lines.add("Keep the daily hip-flexor stretch and hip extension for 2-3 months, and "
                        + "after every long bout of sitting or cycling.");
                case MAINTENANCE -> lines.add("Keep training each muscle group at least twice a week.");
            }
            return lines;
        }
    }
}
