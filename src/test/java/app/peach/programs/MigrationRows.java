package app.peach.programs;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one {@code INSERT INTO table … VALUES (…), (…);} of a Flyway migration, read in plain Java so
 * that plain tests use the very rows Postgres is seeded with. It knows only what the catalog migrations
 * write: quoted strings ({@code ''} for a quote), {@code ARRAY[…]} of strings (an optional {@code ::TEXT[]}
 * cast), {@code NULL}, {@code TRUE}/{@code FALSE} and numbers, which it keeps as their text.
 */
final class MigrationRows {
    private final String sql;
    private int at;

    private MigrationRows(String sql) {
        this.sql = sql;
    }

    /** Each row of {@code table} as column name → value, in the order the migration inserts them. */
    static List<Map<String, Object>> of(String migration, String table) {
        return new MigrationRows(read(migration)).rows(table);
    }

    private static String read(String migration) {
        try (InputStream in = MigrationRows.class.getResourceAsStream("/db/migration/" + migration)) {
            if (in == null) {
                throw new IllegalArgumentException("no migration " + migration);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<Map<String, Object>> rows(String table) {
        at = sql.indexOf("INSERT INTO " + table + " ");
        if (at < 0) {
            throw new IllegalArgumentException("no INSERT INTO " + table);
        }
        at += ("INSERT INTO " + table).length();
        skipSpace();
        // without a column list the values follow the CREATE TABLE's column order
        List<String> columns = sql.charAt(at) == '(' ? insertColumns() : tableColumns(table);
        expect("VALUES");
        List<Map<String, Object>> rows = new ArrayList<>();
        do {
            skipSpace();
            List<Object> values = tuple();
            if (values.size() != columns.size()) {
                throw new IllegalStateException(table + ": " + values.size() + " values for " + columns.size() + " columns");
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 0; i < columns.size(); i++) {
                row.put(columns.get(i), values.get(i));
            }
            rows.add(row);
            skipSpace();
        } while (sql.charAt(at++) == ',');
        return rows;
    }

    private List<String> insertColumns() {
        int close = sql.indexOf(')', at);
        List<String> columns = List.of(sql.substring(at + 1, close).split(",\\s*"));
        at = close + 1;
        return columns.stream().map(String::strip).toList();
    }

    private List<String> tableColumns(String table) {
        int start = sql.indexOf("CREATE TABLE " + table + " (");
        String body = sql.substring(sql.indexOf('(', start) + 1, sql.indexOf(");", start));
        List<String> columns = new ArrayList<>();
        for (String line : body.split("\n")) {
            String name = line.strip().split("\\s+")[0];
            if (!name.isEmpty() && !name.equals(name.toUpperCase())) {
                columns.add(name);
            }
        }
        return columns;
    }

    private void expect(String word) {
        skipSpace();
        if (!sql.startsWith(word, at)) {
            throw new IllegalStateException("expected " + word + " at " + at);
        }
        at += word.length();
    }

    private List<Object> tuple() {
        expect("(");
        List<Object> values = new ArrayList<>();
        do {
            skipSpace();
            values.add(value());
            skipSpace();
        } while (sql.charAt(at++) == ',');
        return values;
    }

    private Object value() {
        if (sql.charAt(at) == '\'') {
            return string();
        }
        if (sql.startsWith("ARRAY[", at)) {
            at += "ARRAY[".length();
            List<String> items = new ArrayList<>();
            skipSpace();
            while (sql.charAt(at) != ']') {
                items.add(string());
                skipSpace();
                if (sql.charAt(at) == ',') {
                    at++;
                    skipSpace();
                }
            }
            at++;
            if (sql.startsWith("::TEXT[]", at)) {
                at += "::TEXT[]".length();
            }
            return List.copyOf(items);
        }
        int start = at;
        while (",) \n".indexOf(sql.charAt(at)) < 0) {
            at++;
        }
        String bare = sql.substring(start, at);
        return switch (bare) {
            case "NULL" -> null;
            case "TRUE" -> Boolean.TRUE;
            case "FALSE" -> Boolean.FALSE;
            default -> bare;
        };
    }

    private String string() {
        StringBuilder s = new StringBuilder();
        at++;
        while (true) {
            char c = sql.charAt(at++);
            if (c == '\'') {
                if (sql.charAt(at) != '\'') {
                    return s.toString();
                }
                at++;
            }
            s.append(c);
        }
    }

    private void skipSpace() {
        while (Character.isWhitespace(sql.charAt(at))) {
            at++;
        }
    }
}
