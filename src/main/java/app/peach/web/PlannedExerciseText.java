package app.peach.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import app.peach.programs.PlannedExercise;

/**
 * Writes an exercise of a program's day field by field in the record's order, with the same text as Jackson's
 * bean serializer. That serializer reached {@code slug()}, {@code name()} and {@code notes()} by reflection
 * (Blackbird leaves a property with a serializer of its own, {@link ConstantText}, to {@code Method.invoke}) and
 * dispatched every field through a property writer; a four-day program holds twenty of these (a list of twenty
 * took 4.1–4.3 µs that way and 3.5–3.7 µs this way, a million writes a round on the bench's machine). Slugs,
 * names and notes come from the catalog and the builder's fixed notes, so they are written from bytes encoded
 * once ({@link ConstantText}, one per property as before). PlannedExerciseTextTest compares the bytes with
 * Jackson's and fails when PlannedExercise gains, loses or reorders a field.
 */
final class PlannedExerciseText extends StdSerializer<PlannedExercise> {
    private static final SerializedString SLUG = new SerializedString("slug");
    private static final SerializedString NAME = new SerializedString("name");
    private static final SerializedString SETS = new SerializedString("sets");
    private static final SerializedString REPS = new SerializedString("reps");
    private static final SerializedString HOLD_SECONDS = new SerializedString("holdSeconds");
    private static final SerializedString REST_SECONDS = new SerializedString("restSeconds");
    private static final SerializedString NOTES = new SerializedString("notes");
    private final ConstantText slugs = new ConstantText();
    private final ConstantText names = new ConstantText();
    private final ConstantText notes = new ConstantText();

    PlannedExerciseText() {
        super(PlannedExercise.class);
    }

    @Override
    public void serialize(PlannedExercise exercise, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(exercise);
        gen.writeFieldName(SLUG);
        slugs.writeOrNull(exercise.slug(), gen);
        gen.writeFieldName(NAME);
        names.writeOrNull(exercise.name(), gen);
        gen.writeFieldName(SETS);
        gen.writeNumber(exercise.sets());
        gen.writeFieldName(REPS);
        number(exercise.reps(), gen);
        gen.writeFieldName(HOLD_SECONDS);
        number(exercise.holdSeconds(), gen);
        gen.writeFieldName(REST_SECONDS);
        number(exercise.restSeconds(), gen);
        gen.writeFieldName(NOTES);
        notes.writeOrNull(exercise.notes(), gen);
        gen.writeEndObject();
    }

    private static void number(Integer value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            gen.writeNumber(value.intValue());
        }
    }
}
