package app.peach.vocabulary;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An enum whose wire form is its constant's name in lower snake case ({@code MODERATELY_ACTIVE} is
 * {@code moderately_active}), the contract's enum values. Jackson reads and writes it through
 * {@link #apiValue()}; the HTTP edge converts query parameters and the database stores the same string.
 */
public interface WireValue {
    String name();

    int ordinal();

    @JsonValue
    default String apiValue() {
        return Names.NAMES.get(getClass().isEnum() ? getClass() : getClass().getSuperclass())[ordinal()];
    }

    static <E extends Enum<E> & WireValue> Optional<E> parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.apiValue().equals(value)).findFirst();
    }

    static String allowedValues(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants())
                .map(e -> e instanceof WireValue w ? w.apiValue() : ((Enum<?>) e).name())
                .collect(Collectors.joining(", "));
    }

    /** Each enum's wire values, computed once per type: serializing must not allocate a lower-cased copy. */
    final class Names {
        private static final ClassValue<String[]> NAMES = new ClassValue<>() {
            @Override
            protected String[] computeValue(Class<?> type) {
                return Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
                        .toArray(String[]::new);
            }
        };

        private Names() {
        }
    }
}
