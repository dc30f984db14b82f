package app.peach.vocabulary;

import java.util.Collection;

/** ok: no warning or block; caution: a warning, no block; unsafe: any block. */
public enum Verdict implements WireValue {
    OK,
    CAUTION,
    UNSAFE;

    public static Verdict of(Collection<Finding> findings) {
        boolean warning = false;
        for (Finding f : findings) {
            if (f.severity() == Severity.BLOCK) {
                return UNSAFE;
            }
            warning |= f.severity() == Severity.WARNING;
        }
        return warning ? CAUTION : OK;
    }
}
