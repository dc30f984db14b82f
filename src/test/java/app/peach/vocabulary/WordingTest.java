package app.peach.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Locale;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The message helpers write exactly what {@code String.format} / {@code BigDecimal} would write. */
class WordingTest {

    @ParameterizedTest
    @CsvSource({ "0,0", "7,7", "999,999", "1000,'1,000'", "1200,'1,200'", "99999,'99,999'", "100000,'100,000'",
            "1234567,'1,234,567'", "-1,-1", "-999,-999", "-1000,'-1,000'", "-1234567,'-1,234,567'" })
    void groupsThousandsWithCommas(long n, String expected) {
        assertThat(Wording.grouped(n)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "1.2,1.2", "1.20,1.2", "0.45,0.45", "0.9,0.9", "3,3", "3.0,3", "2.005,2.01", "1.004,1",
            "-0.05,-0.05", "-1.5,-1.5", "0.001,0", "-0.004,0", "10.1,10.1", "1.05,1.05" })
    void writesTwoDecimalsWithoutTrailingZeros(double v, String expected) {
        assertThat(Wording.num(v)).isEqualTo(expected);
    }

    @Property(tries = 5_000, seed = "20261123")
    void groupedMatchesStringFormat(@ForAll @LongRange(min = -10_000_000_000L, max = 10_000_000_000L) long n) {
        assertThat(Wording.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
    }

    @Property(tries = 5_000, seed = "20261123")
    void kcalMatchesStringFormat(@ForAll @DoubleRange(min = -100_000, max = 100_000) double v) {
        assertThat(Wording.kcal(v)).isEqualTo(String.format(Locale.ROOT, "%,d kcal/day", Math.round(v)));
    }

    @Property(tries = 5_000, seed = "20261123")
    void numMatchesBigDecimal(@ForAll @DoubleRange(min = -100_000, max = 100_000) double v) {
        String expected = BigDecimal.valueOf(Math.round(v * 100) / 100.0).stripTrailingZeros().toPlainString();
        assertThat(Wording.num(v)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({ "0.45,1,0.5", "0.44,1,0.4", "-0.04,1,-0.0", "2.5,0,3", "-2.5,0,-3", "1.005,2,1.01", "0,2,0.00",
            "-0.0,1,-0.0", "123.456,1,123.5" })
    void writesFixedDecimalsHalfUp(double v, int decimals, String expected) {
        assertThat(Wording.fixed(v, decimals)).isEqualTo(expected);
    }

    @Property(tries = 5_000, seed = "20261123")
    void fixedMatchesStringFormat(@ForAll @DoubleRange(min = -100_000, max = 100_000) double v,
            @ForAll @IntRange(min = 0, max = 2) int decimals) {
        assertThat(Wording.fixed(v, decimals)).isEqualTo(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    @Property(tries = 5_000, seed = "20261123")
    void signedMatchesStringFormat(@ForAll @LongRange(min = -100_000, max = 100_000) long n,
            @ForAll @DoubleRange(min = -5, max = 5) double v) {
        assertThat(Wording.signed(n)).isEqualTo(String.format(Locale.ROOT, "%+d", n));
        assertThat(Wording.signedFixed(v, 2)).isEqualTo(String.format(Locale.ROOT, "%+.2f", v));
    }
}
