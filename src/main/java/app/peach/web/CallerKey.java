package app.peach.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.vertx.ext.web.RoutingContext;

/**
 * The caller's {@code Authorization: Bearer} key as the service handles it: by its SHA-256 hash, computed once
 * per request (the rate limiter needs it first, key checking reuses it) and kept on the routing context. The
 * key itself is never stored, logged or used as a bucket id.
 */
public final class CallerKey {
    private static final String SCHEME = "Bearer ";
    private static final String HASH = "app.peach.key-hash";

    private CallerKey() {
    }

    /** The key of an {@code Authorization: Bearer <key>} header, or null without one. */
    public static String of(RoutingContext ctx) {
        String header = ctx.request().getHeader("Authorization");
        if (header == null || header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return null;
        }
        String key = header.substring(SCHEME.length()).trim();
        return key.isEmpty() ? null : key;
    }

    /** SHA-256 (hex) of the request's key, computed on first use; null without a key. */
    public static String hash(RoutingContext ctx) {
        String hash = ctx.get(HASH);
        if (hash == null) {
            String key = of(ctx);
            if (key == null) {
                return null;
            }
            hash = sha256(key);
            ctx.put(HASH, hash);
        }
        return hash;
    }

    /** Lower-case hex SHA-256 of the text's UTF-8 bytes: how keys are stored and compared. */
    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
