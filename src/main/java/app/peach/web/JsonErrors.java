package app.peach.web;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import app.peach.vocabulary.Violation;
import app.peach.vocabulary.WireValue;

/** Turns Jackson's read errors into a {@link Violation} in the client's terms: no Java types named. */
final class JsonErrors {
    private JsonErrors() {
    }

    static Problem toProblem(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return Problems.validation(java.util.List.of(new Violation(path(mapping), message(mapping))));
        }
        String detail = e instanceof JsonParseException && e.getLocation() != null
                ? "The body is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                        + e.getLocation().getColumnNr() + ")"
                : "The body must be a JSON object with the documented fields";
        return Problems.malformed(detail);
    }

    static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    private static String message(JsonMappingException e) {
        Class<?> target = e instanceof MismatchedInputException m ? m.getTargetType() : null;
        if (target == null) {
            return "has an invalid value";
        }
        if (target.isEnum()) {
            return "must be one of: " + WireValue.allowedValues(target);
        }
        if (e instanceof InvalidFormatException && target == LocalDate.class) {
            return "must be an ISO date (YYYY-MM-DD)";
        }
        return "must be " + describe(target);
    }

    private static String describe(Class<?> t) {
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class || t == BigInteger.class
                || t == Short.class || t == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(t) || t == double.class || t == float.class || t == BigDecimal.class) {
            return "a number";
        }
        if (t == Boolean.class || t == boolean.class) {
            return "true or false";
        }
        if (t == String.class) {
            return "a string";
        }
        if (t == LocalDate.class) {
            return "an ISO date (YYYY-MM-DD)";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(t) || t.isRecord()) {
            return "an object";
        }
        return "of the documented type";
    }
}
