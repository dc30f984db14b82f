package app.peach.web;

/**
 * Patterns for free text that the database stores: no NUL or other control characters. Each is written so that
 * Java's regex (Bean Validation) and ECMA-262 (JSON Schema, what clients' validators compile) read it alike:
 * anchored, with Unicode escapes of code points instead of Java-only classes such as {@code p{Cntrl}}.
 */
public final class PlainText {
    /** A one-line name: no control characters at all. */
    public static final String LINE = "^[^\\u0000-\\u001F\\u007F]*$";
    /** Notes: line breaks and tabs allowed, other control characters (NUL above all) not. */
    public static final String MULTILINE = "^[^\\u0000-\\u0008\\u000B\\u000C\\u000E-\\u001F\\u007F]*$";
    public static final String LINE_MESSAGE = "must not contain control characters";

    private PlainText() {
    }
}
