package app.peach.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.LongRange;

/** Doubles written from their digits read exactly as Jackson (Double.toString) writes them. */
class HundredthsTextTest {
    private final ObjectMapper plain = new ObjectMapper();
    private final ObjectMapper fast = new ObjectMapper().registerModule(new SimpleModule()
            .addSerializer(Double.class, new HundredthsText()).addSerializer(Double.TYPE, new HundredthsText()));

    record Numbers(double primitive, Double boxed, List<Double> list) {
    }

    @Test
    void shouldFormatEveryHundredthsValueUpTo100kAsDoubleToStringDoes() {
        char[] text = new char[14];
        for (long h = -10_000_000L; h <= 10_000_000L; h++) {
            if (h == 0) {
                continue;
            }
            String mine = new String(text, 0, HundredthsText.format(h, text));
            if (!mine.equals(Double.toString(h / 100.0))) { // assertThat per value would take minutes
                assertThat(mine).as("hundredths %d", h).isEqualTo(Double.toString(h / 100.0));
            }
        }
    }

    @Property(tries = 20_000, seed = "20261206")
    void shouldFormatLargeHundredthsValuesAsDoubleToStringDoes(@ForAll @LongRange(min = -999_999_999L, max = 999_999_999L) long h) {
        if (h != 0) {
            char[] text = new char[14];
            assertThat(new String(text, 0, HundredthsText.format(h, text))).isEqualTo(Double.toString(h / 100.0));
        }
    }

    @Property(tries = 5_000, seed = "20261206")
    void shouldWriteAnyDoubleAsJacksonDoes(@ForAll @DoubleRange(min = -1e9, max = 1e9) double v) throws Exception {
        double rounded = Math.round(v * 100) / 100.0;
        for (double x : new double[] {v, rounded}) {
            Numbers n = new Numbers(x, x, List.of(x));
            assertThat(fast.writeValueAsString(n)).isEqualTo(plain.writeValueAsString(n));
        }
    }

    @Test
    void shouldWriteEdgeValuesAsJacksonDoes() throws Exception {
        double[] edges = {0.0, -0.0, 0.01, -0.01, 0.001, 0.005, 1.0 / 3, 9_999_999.99, 10_000_000.0, 1e7 + 0.01, 1e-5, 65.0,
                76.26, 100.1, Double.MIN_VALUE, Double.MAX_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (double x : edges) {
            Numbers n = new Numbers(x, x, List.of(x));
            assertThat(fast.writeValueAsString(n)).as("%s", x).isEqualTo(plain.writeValueAsString(n));
        }
        assertThat(fast.writeValueAsString(new Numbers(65.5, null, List.of())))
                .isEqualTo("{\"primitive\":65.5,\"boxed\":null,\"list\":[]}");
    }
}
