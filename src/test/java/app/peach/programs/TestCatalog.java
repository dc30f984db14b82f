package app.peach.programs;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import app.peach.exercises.Exercise;
import app.peach.exercises.ExerciseKind;
import app.peach.exercises.Prescription;
import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;

/**
 * The exercise catalog (migration V3) and each goal's training emphasis (migration V2), read from the
 * migrations in plain Java: the program builder's tests use the rows Postgres is seeded with without
 * booting Quarkus. {@code MigrationCatalogTest} checks that the service's catalogs hold exactly these.
 */
final class TestCatalog {
    /** The exercises in catalog order ({@code sort_order}), as {@code ExerciseCatalog.all()} gives them. */
    static final List<Exercise> EXERCISES = MigrationRows.of("V3__exercise_catalog.sql", "exercises").stream()
            .sorted(Comparator.comparingInt(r -> Integer.parseInt((String) r.get("sort_order"))))
            .map(TestCatalog::exercise).toList();

    /** Each goal's training emphasis (the muscles the builder ranks by). */
    static final Map<Goal, List<Muscle>> EMPHASIS = emphasis();

    private TestCatalog() {
    }

    /** The builder's input for a client of {@code goal}, with the goal's training emphasis from the catalog. */
    static ProgramInput input(Goal goal, Level level, Set<Equipment> equipment, int daysPerWeek, Integer sessionMinutes,
            boolean sitsMostOfDay, boolean cyclesRegularly, Double weightKg) {
        return new ProgramInput(goal, EMPHASIS.get(goal), level, equipment, daysPerWeek, sessionMinutes, sitsMostOfDay,
                cyclesRegularly, weightKg);
    }

    static Exercise exercise(String slug) {
        return EXERCISES.stream().filter(e -> e.slug().equals(slug)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no exercise " + slug));
    }

    private static Exercise exercise(Map<String, Object> r) {
        return new Exercise(text(r, "slug"), text(r, "name"), list(Muscle.class, r, "primary_muscles"),
                list(Muscle.class, r, "secondary_muscles"), list(Equipment.class, r, "equipment"),
                constant(Level.class, text(r, "level")), constant(ExerciseKind.class, text(r, "kind")), texts(r, "cues"),
                Double.parseDouble(text(r, "met")), text(r, "compendium_code"), text(r, "compendium_activity"),
                new Prescription(number(r, "sets"), number(r, "reps"), number(r, "hold_seconds"), number(r, "rest_seconds")),
                list(Goal.class, r, "goals"), texts(r, "sources"), number(r, "seconds_per_rep"),
                (Boolean) r.get("unilateral"));
    }

    private static Map<Goal, List<Muscle>> emphasis() {
        Map<Goal, List<Muscle>> byGoal = new EnumMap<>(Goal.class);
        for (Map<String, Object> r : MigrationRows.of("V2__goal_catalog.sql", "goal_catalog")) {
            byGoal.put(constant(Goal.class, text(r, "goal")), list(Muscle.class, r, "training_emphasis"));
        }
        return Map.copyOf(byGoal);
    }

    private static String text(Map<String, Object> r, String column) {
        return (String) r.get(column);
    }

    @SuppressWarnings("unchecked")
    private static List<String> texts(Map<String, Object> r, String column) {
        return (List<String>) r.get(column);
    }

    private static Integer number(Map<String, Object> r, String column) {
        String value = text(r, column);
        return value == null ? null : Integer.valueOf(value);
    }

    private static <E extends Enum<E>> List<E> list(Class<E> type, Map<String, Object> r, String column) {
        return texts(r, column).stream().map(v -> constant(type, v)).toList();
    }

    /** The catalogs write each constant as its lower-case name (the API value). */
    private static <E extends Enum<E>> E constant(Class<E> type, String value) {
        return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    }
}
