package app.peach.exercises;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.peach.vocabulary.Equipment;
import app.peach.vocabulary.Muscle;
import io.quarkus.runtime.StartupEvent;

/**
 * The exercise catalog and its vocabularies, read once at start-up: they change only with a migration, so
 * every request is served from memory. {@link #etag()} fingerprints the whole catalog for HTTP caching.
 */
@ApplicationScoped
public class ExerciseCatalog {
    private final EntityManager em;
    private final ObjectMapper json;
    private volatile List<Exercise> exercises;
    private volatile Map<String, Exercise> bySlug;
    private volatile List<Vocabulary> muscles;
    private volatile List<Vocabulary> equipment;
    private volatile String etag;
    private volatile Map<Exercise, SerializedString> encoded = Map.of();

    ExerciseCatalog(EntityManager em, ObjectMapper json) {
        this.em = em;
        this.json = json;
    }

    @Transactional
    void load(@Observes StartupEvent start) throws JsonProcessingException, NoSuchAlgorithmException {
        List<ExerciseRow> rows = em.createQuery("from ExerciseRow", ExerciseRow.class).getResultList();
        exercises = rows.stream().sorted(Comparator.comparingInt(r -> r.sortOrder)).map(ExerciseRow::toExercise).toList();
        Map<String, Exercise> index = new LinkedHashMap<>();
        exercises.forEach(e -> index.put(e.slug(), e));
        bySlug = index;
        muscles = em.createQuery("from MuscleRow order by sortOrder", MuscleRow.class)
                .getResultStream().map(m -> new Vocabulary(m.slug, m.name, m.region)).toList();
        equipment = em.createQuery("from EquipmentRow order by sortOrder", EquipmentRow.class)
                .getResultStream().map(e -> new Vocabulary(e.slug, e.name, null)).toList();
        // the fingerprint is taken over the exercises' encoded JSON, so each exercise is serialized once
        MessageDigest fingerprint = MessageDigest.getInstance("SHA-256");
        Map<Exercise, SerializedString> byInstance = new IdentityHashMap<>();
        for (Exercise e : exercises) {
            SerializedString encodedExercise = new SerializedString(json.writeValueAsString(e));
            byInstance.put(e, encodedExercise);
            fingerprint.update(encodedExercise.asUnquotedUTF8());
        }
        encoded = byInstance;
        fingerprint.update(json.writeValueAsBytes(List.of(muscles, equipment)));
        etag = HexFormat.of().formatHex(fingerprint.digest()).substring(0, 32);
        assertVocabulariesMatchTheApi();
    }

    private void assertVocabulariesMatchTheApi() {
        var muscleSlugs = muscles.stream().map(Vocabulary::slug).toList();
        var equipmentSlugs = equipment.stream().map(Vocabulary::slug).toList();
        for (Muscle m : Muscle.values()) {
            if (!muscleSlugs.contains(m.apiValue())) {
                throw new IllegalStateException("muscle vocabulary lacks " + m.apiValue());
            }
        }
        for (Equipment e : Equipment.values()) {
            if (!equipmentSlugs.contains(e.apiValue())) {
                throw new IllegalStateException("equipment vocabulary lacks " + e.apiValue());
            }
        }
    }

    public List<Exercise> all() {
        return exercises;
    }

    public Optional<Exercise> find(String slug) {
        return Optional.ofNullable(bySlug.get(slug));
    }

    public ExercisePage page(ExerciseFilter filter, int page, int size) {
        List<Exercise> matches = exercises.stream().filter(filter::matches).toList();
        int from = (int) Math.min((long) page * size, matches.size());
        int to = Math.min(from + size, matches.size());
        return new ExercisePage(matches.subList(from, to), page, size, matches.size());
    }

    public List<Vocabulary> muscles() {
        return muscles;
    }

    public List<Vocabulary> equipment() {
        return equipment;
    }

    /**
     * The JSON of one of this catalog's exercises, encoded once when the catalog loaded (the HTTP edge copies
     * it instead of serializing the exercise again); null for an exercise that is not the catalog's own.
     */
    public SerializedString encoded(Exercise exercise) {
        return encoded.get(exercise);
    }

    /** Strong validator of every catalog representation: it changes only when a migration changes the catalog. */
    public String etag() {
        return etag;
    }
}
