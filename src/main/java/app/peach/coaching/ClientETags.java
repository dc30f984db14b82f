package app.peach.coaching;

/** A client's ETag is its version: {@code "3"}; If-Match accepts that, its weak form, or {@code *}. */
final class ClientETags {
    private ClientETags() {
    }

    static String of(int version) {
        return "\"" + version + "\"";
    }

    static boolean matches(String ifMatch, int version) {
        for (String tag : ifMatch.split(",")) {
            String t = tag.trim();
            if (t.equals("*") || t.equals(of(version)) || t.equals("W/" + of(version))) {
                return true;
            }
        }
        return false;
    }
}
