package app.peach.web;

/** Patterns for free text that the database stores: no NUL or other control characters. */
public final class PlainText {
    /** A one-line name: no control characters at all. */
    public static final String LINE = "[^\\p{Cntrl}]*";
    /** Notes: line breaks and tabs allowed, other control characters (NUL above all) not. */
    public static final String MULTILINE = "[^\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]*";
    public static final String LINE_MESSAGE = "must not contain control characters";

    private PlainText() {
    }
}
