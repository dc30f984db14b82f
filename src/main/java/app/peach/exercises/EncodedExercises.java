package app.peach.exercises;

import java.io.IOException;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * The catalog's exercises as JSON, encoded once when the catalog loads. The catalog never changes while the
 * service runs, yet a filtered list serialized every exercise's cues and references again on each request
 * (Jackson was a quarter of {@code GET /exercises} under load); pages now copy the stored bytes. An exercise
 * that is not the catalog's own instance is serialized the ordinary way. {@code ExerciseResourceTest} checks
 * that a page reads exactly as Jackson writes it.
 */
public final class EncodedExercises extends StdSerializer<Exercise> {
    private static volatile Map<Exercise, SerializedString> encoded = Map.of();

    public EncodedExercises() {
        super(Exercise.class);
    }

    /** Encodes every exercise of a freshly loaded catalog with the service's own ObjectMapper; returns them in order. */
    static List<SerializedString> encode(List<Exercise> exercises, ObjectMapper json) throws JsonProcessingException {
        Map<Exercise, SerializedString> byInstance = new IdentityHashMap<>();
        List<SerializedString> inOrder = new ArrayList<>(exercises.size());
        for (Exercise e : exercises) {
            SerializedString encodedExercise = new SerializedString(json.writeValueAsString(e));
            byInstance.put(e, encodedExercise);
            inOrder.add(encodedExercise);
        }
        encoded = byInstance;
        return inOrder;
    }

    @Override
    public void serialize(Exercise exercise, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SerializedString json = encoded.get(exercise);
        if (json != null) {
            gen.writeRawValue(json);
        } else {
            provider.findValueSerializer(Exercise.class).serialize(exercise, gen, provider);
        }
    }
}
