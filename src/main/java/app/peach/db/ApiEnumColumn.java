package app.peach.db;

import app.peach.web.ApiEnum;
import jakarta.persistence.AttributeConverter;

/** Stores an {@link ApiEnum} by its wire value, so the database reads like the API. */
public abstract class ApiEnumColumn<E extends Enum<E> & ApiEnum> implements AttributeConverter<E, String> {
    private final Class<E> type;

    protected ApiEnumColumn(Class<E> type) {
        this.type = type;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.apiValue();
    }

    @Override
    public E convertToEntityAttribute(String value) {
        return value == null ? null
                : ApiEnum.parse(type, value).orElseThrow(
                        () -> new IllegalStateException("unknown " + type.getSimpleName() + " in database: " + value));
    }
}
