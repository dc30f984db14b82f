package app.peach.web;

import java.io.IOException;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;

/**
 * Reads a date only from a JSON string; the string itself is parsed by Jackson's own {@code LocalDateDeserializer}
 * (strict, see {@link StrictJsonCustomizer}, so a time part is refused too). That deserializer also takes
 * {@code [1994, 5, 17]}, Jackson's array form, which the API documents nowhere ({@code type: string, format: date});
 * anything but a string is now the same 400 naming the field as any other wrong type.
 */
final class IsoDatesOnly extends DelegatingDeserializer {
    private IsoDatesOnly(JsonDeserializer<?> dates) {
        super(dates);
    }

    /** Jackson's date reader behind the string check; typed for {@code SimpleModule.addDeserializer}. */
    @SuppressWarnings("unchecked") // it yields what the wrapped deserializer yields: LocalDate
    static JsonDeserializer<LocalDate> wrapping(JsonDeserializer<LocalDate> dates) {
        return (JsonDeserializer<LocalDate>) (JsonDeserializer<?>) new IsoDatesOnly(dates);
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> contextualized) {
        return new IsoDatesOnly(contextualized);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        if (!p.hasToken(JsonToken.VALUE_STRING)) {
            return ctxt.handleUnexpectedToken(LocalDate.class, p);
        }
        return super.deserialize(p, ctxt);
    }
}
