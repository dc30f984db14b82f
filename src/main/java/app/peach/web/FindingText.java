package app.peach.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;

import app.peach.vocabulary.Finding;
import app.peach.vocabulary.Severity;

/**
 * Writes a safety finding's six fields in the record's order, with the same text as Jackson's bean serializer.
 * That serializer reached {@code code()} and {@code source()} by reflection (Blackbird leaves a property with a
 * serializer of its own, {@link ConstantText} here, to {@code Method.invoke}) and dispatched every field through
 * a property writer; a safety answer holds five findings, and writing them was a tenth of
 * {@code POST /safety/evaluate}'s samples. Codes and sources are written from bytes encoded once
 * ({@link ConstantText}), severities by {@link WireValueText}, numbers by {@link HundredthsText}. FindingTextTest
 * compares the bytes with Jackson's for every rule's findings and fails when Finding gains or loses a field.
 */
final class FindingText extends StdSerializer<Finding> {
    private static final SerializedString CODE = new SerializedString("code");
    private static final SerializedString SEVERITY = new SerializedString("severity");
    private static final SerializedString MESSAGE = new SerializedString("message");
    private static final SerializedString LIMIT = new SerializedString("limit");
    private static final SerializedString ACTUAL = new SerializedString("actual");
    private static final SerializedString SOURCE = new SerializedString("source");
    private final ConstantText constants = new ConstantText();
    private final WireValueText severities = new WireValueText(Severity.class);
    private final HundredthsText numbers = new HundredthsText();

    FindingText() {
        super(Finding.class);
    }

    @Override
    public void serialize(Finding finding, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject(finding);
        gen.writeFieldName(CODE);
        constants.writeOrNull(finding.code(), gen);
        gen.writeFieldName(SEVERITY);
        if (finding.severity() == null) {
            gen.writeNull();
        } else {
            severities.serialize(finding.severity(), gen, provider);
        }
        gen.writeFieldName(MESSAGE);
        gen.writeString(finding.message());
        gen.writeFieldName(LIMIT);
        numbers.writeOrNull(finding.limit(), gen);
        gen.writeFieldName(ACTUAL);
        numbers.writeOrNull(finding.actual(), gen);
        gen.writeFieldName(SOURCE);
        constants.writeOrNull(finding.source(), gen);
        gen.writeEndObject();
    }
}
