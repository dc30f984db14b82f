package app.peach.vocabulary;

/** How serious a finding is; declared from least to most severe. */
public enum Severity implements WireValue {
    INFO,
    WARNING,
    BLOCK;
}
