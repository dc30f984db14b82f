package app.peach.web;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdScalarSerializer;

/**
 * Writes a double that is a whole number of hundredths (every rounded weight, girth and rate the API answers) from
 * its digits, and any other double as Jackson does. The text is the same either way: {@code Double.toString} of a
 * hundredths value below 10 million is its decimal with the trailing zeros dropped and at least one digit after the
 * point (checked for every such value up to 100,000.00 and at random beyond, HundredthsTextTest). The JDK's
 * conversion took a sixth of a one-year projection's time (its 160 weekly numbers, measured 24 µs per response).
 */
public final class HundredthsText extends StdScalarSerializer<Double> {
    /** Below 10^7 Double.toString writes plain decimals, not the E notation. */
    private static final long MAX_HUNDREDTHS = 1_000_000_000L;
    private static final char[] ZERO = "0.0".toCharArray();
    private static final char[] NEGATIVE_ZERO = "-0.0".toCharArray();

    public HundredthsText() {
        super(Double.class);
    }

    @Override
    public void serialize(Double value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        double v = value;
        if (v == 0) { // a count of nothing (a finding's "actual": 0.0) is common; keep the sign as Double.toString does
            char[] text = Double.doubleToRawLongBits(v) == 0 ? ZERO : NEGATIVE_ZERO;
            gen.writeNumber(text, 0, text.length);
            return;
        }
        long hundredths = Math.round(v * 100);
        if (hundredths == 0 || Math.abs(hundredths) >= MAX_HUNDREDTHS || hundredths / 100.0 != v) {
            gen.writeNumber(v); // below a hundredth, huge, NaN or not a hundredths value: the ordinary way
            return;
        }
        char[] text = new char[14];
        int length = format(hundredths, text);
        gen.writeNumber(text, 0, length);
    }

    /**
     * The value as {@link #serialize} writes it, or JSON null: for serializers that write a record's fields
     * themselves. Each serializer keeps its own copy so that the call to {@code serialize} stays monomorphic on
     * the hot path (a shared generic helper would see every serializer type at one call site).
     */
    void writeOrNull(Double value, JsonGenerator gen) throws IOException {
        if (value == null) {
            gen.writeNull();
        } else {
            serialize(value, gen, null);
        }
    }

    /** The decimal of {@code hundredths / 100} as Double.toString writes it, into {@code text}; returns its length. */
    static int format(long hundredths, char[] text) {
        boolean negative = hundredths < 0;
        long units = Math.abs(hundredths) / 100;
        int cents = (int) (Math.abs(hundredths) % 100);
        int at = 0;
        if (negative) {
            text[at++] = '-';
        }
        int digits = 1;
        for (long rest = units / 10; rest > 0; rest /= 10) {
            digits++;
        }
        for (int i = at + digits - 1; i >= at; i--, units /= 10) {
            text[i] = (char) ('0' + units % 10);
        }
        at += digits;
        text[at++] = '.';
        text[at++] = (char) ('0' + cents / 10);
        if (cents % 10 != 0) {
            text[at++] = (char) ('0' + cents % 10);
        }
        return at;
    }
}
