package app.peach.energy;

import app.peach.db.ApiEnumColumn;
import jakarta.persistence.Converter;

/** Stores {@link Sex} by its wire value. */
@Converter
public class SexColumn extends ApiEnumColumn<Sex> {
    public SexColumn() {
        super(Sex.class);
    }
}
