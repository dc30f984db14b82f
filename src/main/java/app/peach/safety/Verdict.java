package app.peach.safety;

import java.util.Collection;

import app.peach.web.ApiEnum;

/** ok: no warning or block; caution: a warning, no block; unsafe: any block. */
public enum Verdict implements ApiEnum {
    OK("ok"),
    CAUTION("caution"),
    UNSAFE("unsafe");

    private final String apiValue;

    Verdict(String apiValue) {
        this.apiValue = apiValue;
    }

    @Override
    public String apiValue() {
        return apiValue;
    }

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
