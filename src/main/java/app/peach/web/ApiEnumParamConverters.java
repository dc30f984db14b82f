package app.peach.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import app.peach.vocabulary.Violation;
import app.peach.vocabulary.WireValue;

/**
 * Converts query and path parameters to {@link WireValue} constants by their wire value, and to whole
 * numbers. An unknown or malformed value is a 400 naming the parameter (and listing the allowed values),
 * where JAX-RS would otherwise answer 404.
 */
@Provider
public class ApiEnumParamConverters implements ParamConverterProvider {

    /** A bad parameter value; a {@link BadRequestException} so that JAX-RS passes it on unwrapped. */
    public static class InvalidParameter extends BadRequestException {
        private final transient Violation violation;

        InvalidParameter(Violation violation) {
            super(violation.message());
            this.violation = violation;
        }

        public Violation violation() {
            return violation;
        }
    }

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        String name = parameterName(annotations);
        if (rawType == Integer.class) {
            return (ParamConverter<T>) new WholeNumberConverter(name);
        }
        if (!rawType.isEnum() || !WireValue.class.isAssignableFrom(rawType)) {
            return null;
        }
        Class enumType = rawType;
        return new ParamConverter<>() {
            @Override
            public T fromString(String value) {
                Object parsed = WireValue.parse(enumType, value).orElse(null);
                if (parsed == null) {
                    throw new InvalidParameter(
                            new Violation(name, "must be one of: " + WireValue.allowedValues(enumType)));
                }
                return (T) parsed;
            }

            @Override
            public String toString(T value) {
                return ((WireValue) value).apiValue();
            }
        };
    }

    /** A whole-number parameter: "abc" is a 400 naming the parameter, not JAX-RS's 404. */
    private record WholeNumberConverter(String name) implements ParamConverter<Integer> {
        @Override
        public Integer fromString(String value) {
            try {
                return value == null ? null : Integer.valueOf(value.trim());
            } catch (NumberFormatException e) {
                throw new InvalidParameter(new Violation(name, "must be a whole number"));
            }
        }

        @Override
        public String toString(Integer value) {
            return value.toString();
        }
    }

    private static String parameterName(Annotation[] annotations) {
        for (Annotation a : annotations) {
            if (a instanceof QueryParam q) {
                return q.value();
            }
            if (a instanceof PathParam p) {
                return p.value();
            }
        }
        return "parameter";
    }
}
