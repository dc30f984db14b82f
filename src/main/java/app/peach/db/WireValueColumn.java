package app.peach.db;

import jakarta.persistence.AttributeConverter;

import app.peach.vocabulary.WireValue;

/** Stores a {@link WireValue} enum by its wire value, so the database reads like the API. */
abstract class WireValueColumn<E extends Enum<E> & WireValue> implements AttributeConverter<E, String> {
    private final Class<E> type;

    WireValueColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.apiValue();
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null
                : WireValue.parse(type, value).orElseThrow(
                        () -> new IllegalStateException("unknown " + type.getSimpleName() + " in database: " + value));
    }
}
