package app.peach.web;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

/**
 * Writes a string field whose values come from a small fixed set (a finding's source and code, an exercise's
 * name) from its JSON encoding, escaped and UTF-8 encoded once ({@link SerializedString} keeps the bytes).
 * Sources are long and full of quotes and accented names, the slow path of Jackson's string writer; they were
 * the largest single cost in the profile of {@code /safety/evaluate}. At most {@value #MAX_CACHED} distinct
 * values are kept per property it is registered on (see {@link JsonEdge}); any beyond are written the ordinary way, so an unexpected stream of values cannot grow
 * memory.
 */
public final class ConstantText extends StdSerializer<String> {
    static final int MAX_CACHED = 2_000;
    private final ConcurrentHashMap<String, SerializedString> encoded = new ConcurrentHashMap<>();

    public ConstantText() {
        super(String.class);
    }

    @Override
    public void serialize(String value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        SerializedString bytes = encoded.get(value);
        if (bytes == null) {
            if (encoded.size() >= MAX_CACHED) {
                gen.writeString(value);
                return;
            }
            bytes = encoded.computeIfAbsent(value, SerializedString::new);
        }
        gen.writeString(bytes);
    }

    /**
     * The value as {@link #serialize} writes it, or JSON null: for serializers that write a record's fields
     * themselves. Each serializer keeps its own copy so that the call to {@code serialize} stays monomorphic on
     * the hot path (a shared generic helper would see every serializer type at one call site).
     */
    void writeOrNull(String value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            serialize(value, gen, null);
        }
    }
}
