package app.peach.exercises;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Goal;
import app.peach.vocabulary.Level;
import app.peach.vocabulary.Muscle;
import app.peach.vocabulary.WireValue;

/** One row of the exercises table (migration V3). */
@Entity
@Table(name = "exercises")
public class ExerciseRow {
    @Id
    String slug;
    String name;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "primary_muscles")
    String[] primaryMuscles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "secondary_muscles")
    String[] secondaryMuscles;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] equipment;
    String level;
    String kind;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] cues;
    BigDecimal met;
    @Column(name = "compendium_code")
    String compendiumCode;
    @Column(name = "compendium_activity")
    String compendiumActivity;
    int sets;
    Integer reps;
    @Column(name = "hold_seconds")
    Integer holdSeconds;
    @Column(name = "rest_seconds")
    int restSeconds;
    @Column(name = "seconds_per_rep")
    int secondsPerRep;
    boolean unilateral;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] goals;
    @JdbcTypeCode(SqlTypes.ARRAY)
    String[] sources;
    @Column(name = "sort_order")
    int sortOrder;

    Exercise toExercise() {
        return new Exercise(slug, name, list(Muscle.class, primaryMuscles), list(Muscle.class, secondaryMuscles),
                list(Equipment.class, equipment), parse(Level.class, level), parse(ExerciseKind.class, kind),
                List.of(cues), met.doubleValue(), compendiumCode, compendiumActivity,
                new Prescription(sets, reps, holdSeconds, restSeconds), list(Goal.class, goals), List.of(sources),
                secondsPerRep, unilateral);
    }

    private static <E extends Enum<E> & WireValue> List<E> list(Class<E> type, String[] values) {
        return Arrays.stream(values).map(v -> parse(type, v)).toList();
    }

    private static <E extends Enum<E> & WireValue> E parse(Class<E> type, String value) {
        return WireValue.parse(type, value)
                .orElseThrow(() -> new IllegalStateException("unknown " + type.getSimpleName() + " in catalog: " + value));
    }
}
