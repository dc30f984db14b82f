package app.peach.energy;

import app.peach.db.ApiEnumColumn;
import jakarta.persistence.Converter;

/** Stores {@link DgaActivityLevel} by its wire value. */
@Converter
public class DgaActivityLevelColumn extends ApiEnumColumn<DgaActivityLevel> {
    public DgaActivityLevelColumn() {
        super(DgaActivityLevel.class);
    }
}
