package app.peach.web;

import java.time.LocalDate;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Reads JSON strictly: a number sent as a string ("70"), a fraction where a whole number is expected,
 * a number for an enum, duplicate keys, a date that is not a "YYYY-MM-DD" string and trailing garbage are all
 * 400s instead of silent guesses.
 * Unknown properties stay ignored, so clients can send newer fields to an older service.
 */
@Singleton
public class StrictJsonCustomizer implements ObjectMapperCustomizer {
    /**
     * Last, after Quarkus registers Jackson's java.time module ({@code QUARKUS_CUSTOMIZER_PRIORITY}): a module
     * registered later is asked first, so the date reader below is the one that reads dates.
     */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        mapper.configure(DeserializationFeature.ACCEPT_FLOAT_AS_INT, false);
        mapper.configure(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
        mapper.configure(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, true);
        mapper.configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
        mapper.configure(JsonParser.Feature.STRICT_DUPLICATE_DETECTION, true);
        // a date is "YYYY-MM-DD": not a date-time ("1994-05-17T00:00:00Z" was read as its date) nor an array
        mapper.configOverride(LocalDate.class).setFormat(JsonFormat.Value.forLeniency(false));
        mapper.registerModule(new SimpleModule("iso-dates-only")
                .addDeserializer(LocalDate.class, IsoDatesOnly.wrapping(LocalDateDeserializer.INSTANCE)));
    }
}
