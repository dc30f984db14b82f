package app.peach.web;

import java.io.IOException;
import java.util.function.Function;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import app.peach.exercises.Exercise;

/**
 * Writes a catalog exercise by copying the JSON the catalog encoded when it loaded (the catalog never changes
 * while the service runs, yet pages serialized every exercise's cues and references again on each request:
 * Jackson was a quarter of {@code GET /exercises} under load). An exercise the catalog has not encoded (while
 * it loads, or one built elsewhere) goes through Jackson's standard serializer.
 * {@code ExerciseResourceTest} checks that a page reads exactly as Jackson writes it.
 */
final class CatalogExerciseSerializer extends StdSerializer<Exercise> {
    private final JsonSerializer<Object> standard;
    private final Function<Exercise, SerializedString> encoded;

    CatalogExerciseSerializer(JsonSerializer<Object> standard, Function<Exercise, SerializedString> encoded) {
        super(Exercise.class);
        this.standard = standard;
        this.encoded = encoded;
    }

    @Override
    public void serialize(Exercise exercise, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SerializedString json = encoded.apply(exercise);
        if (json != null) {
            gen.writeRawValue(json);
        } else {
            standard.serialize(exercise, gen, provider);
        }
    }
}
