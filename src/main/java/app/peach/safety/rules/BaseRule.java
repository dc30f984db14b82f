package app.peach.safety.rules;

import app.peach.safety.SafetyRule;
import app.peach.vocabulary.Severity;

/** Code, severity, source and meaning of a rule, held once. */
abstract class BaseRule implements SafetyRule {
    private final String code;
    private final Severity severity;
    private final String source;
    private final String meaning;

    BaseRule(String code, Severity severity, String source, String meaning) {
        this.code = code;
        this.severity = severity;
        this.source = source;
        this.meaning = meaning;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    @Override
    public String source() {
        return source;
    }

    @Override
    public String meaning() {
        return meaning;
    }
}
