package app.peach.vocabulary;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Numbers as every user-facing message writes them (the one formatting convention of the service). Plain string building instead of {@code String.format}: a
 * safety evaluation writes several of these per request, and {@code String.format} parses its pattern every
 * time (it was a tenth of {@code /safety/evaluate}'s cost in a profile under load). {@code WordingTest} checks
 * every helper against the {@code String.format} / {@code BigDecimal} result it replaces.
 */
public final class Wording {
    private Wording() {
    }

    /** {@code 1,100 kcal/day}: rounded to a whole number, thousands grouped with commas. */
    public static String kcal(double v) {
        return grouped(Math.round(v)) + " kcal/day";
    }

    /** A whole number with commas between thousands, as {@code String.format(Locale.ROOT, "%,d", n)}. */
    public static String grouped(long n) {
        String s = Long.toString(n);
        int start = n < 0 ? 1 : 0;
        int digits = s.length() - start;
        if (digits <= 3) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length() + digits / 3);
        out.append(s, 0, start);
        int lead = digits % 3 == 0 ? 3 : digits % 3;
        out.append(s, start, start + lead);
        for (int i = start + lead; i < s.length(); i += 3) {
            out.append(',').append(s, i, i + 3);
        }
        return out.toString();
    }

    /** Rounded to two decimals without trailing zeros: 1.2, 0.45, 3. */
    public static String num(double v) {
        long hundredths = Math.round(v * 100);
        long whole = Math.abs(hundredths / 100);
        int fraction = (int) Math.abs(hundredths % 100);
        String sign = hundredths < 0 ? "-" : "";
        if (fraction == 0) {
            return sign + whole;
        }
        if (fraction % 10 == 0) {
            return sign + whole + "." + fraction / 10;
        }
        return sign + whole + (fraction < 10 ? ".0" : ".") + fraction;
    }

    /** Fixed decimals, rounded half up, as {@code String.format(Locale.ROOT, "%.<decimals>f", v)}: 0.45 → "0.5". */
    public static String fixed(double v, int decimals) {
        String s = BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
        // String.format keeps the sign of a negative number that rounds to zero ("-0.0")
        return (v < 0 || Double.doubleToRawLongBits(v) == Long.MIN_VALUE) && s.charAt(0) != '-' ? "-" + s : s;
    }

    /** An explicit sign, as {@code "%+d"}: +250, -100, +0. */
    public static String signed(long n) {
        return n < 0 ? Long.toString(n) : "+" + n;
    }

    /** Fixed decimals with an explicit sign, as {@code "%+.<decimals>f"}: +0.25, -0.50. */
    public static String signedFixed(double v, int decimals) {
        String s = fixed(v, decimals);
        return s.charAt(0) == '-' ? s : "+" + s;
    }
}
