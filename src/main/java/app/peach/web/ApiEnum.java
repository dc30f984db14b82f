package app.peach.web;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose wire form is a lower snake_case string (the contract's enum values). Jackson reads
 * and writes it through {@link #apiValue()}; query parameters go through {@link ApiEnumParamConverters}.
 */
public interface ApiEnum {
    @JsonValue
    String apiValue();

    static <E extends Enum<E> & ApiEnum> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.apiValue().equals(value)).findFirst();
    }

    static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(e -> e instanceof ApiEnum a ? a.apiValue() : ((Enum<?>) e).name())
                .collect(Collectors.joining(", "));
    }
}
