package app.peach.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import app.peach.vocabulary.InvalidInput;

/**
 * Where webhooks may go, so that a coach key cannot make the server call into its own network (server-side
 * request forgery; Standard Webhooks, "Server side request forgery"; OWASP API7:2023): {@code https} to public
 * addresses anywhere; plain {@code http} and loopback, private, link-local and other internal addresses only for
 * hosts the operator lists in {@code peach.webhooks.allowed-hosts}. A name is resolved when the subscription is
 * created and again before every attempt, and the attempt connects to the address that was checked, so a DNS
 * answer that changes later cannot lead a delivery into the private network.
 */
final class TargetPolicy {
    static final int MAX_URL_LENGTH = 2048;

    /** Name resolution, replaceable in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    /** A checked target URL, split the way the HTTP client needs it. */
    record Target(String url, String host, int port, boolean https, String requestUri) {
    }

    /** An attempt may not go to the address its host resolves to now. */
    static final class Refused extends Exception {
        Refused(String message) {
            super(message, null, false, false);
        }
    }

    private final Set<String> allowedHosts;
    private final Resolver resolver;

    TargetPolicy(Collection<String> allowedHosts, Resolver resolver) {
        this.allowedHosts = allowedHosts.stream().map(TargetPolicy::normalize).filter(h -> !h.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
        this.resolver = resolver;
    }

    /** Checks a URL a coach asks to be called at; anything not allowed is a 400 naming {@code url}. */
    Target check(String url) {
        Target t = parse(url);
        if (allowed(t.host())) {
            return t;
        }
        if (!t.https()) {
            throw invalid("must be an https URL (plain http only for hosts the operator allows)");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(t.host());
        } catch (UnknownHostException e) {
            throw invalid("the host " + t.host() + " does not resolve");
        }
        for (InetAddress a : addresses) {
            if (!isPublic(a)) {
                throw invalid("must not point into a private, loopback or link-local network (" + t.host() + " is "
                        + a.getHostAddress() + ")");
            }
        }
        return t;
    }

    /**
     * The address an attempt connects to: the host resolved now, every address it has checked (an allowed host
     * may resolve to anything). Throws {@link Refused} when an address is internal or the name does not resolve.
     */
    InetAddress addressFor(Target t) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(t.host());
        } catch (UnknownHostException e) {
            throw new Refused("the host " + t.host() + " does not resolve");
        }
        if (addresses.length == 0) {
            throw new Refused("the host " + t.host() + " has no address");
        }
        if (!allowed(t.host())) {
            for (InetAddress a : addresses) {
                if (!isPublic(a)) {
                    throw new Refused(t.host() + " resolves to the internal address " + a.getHostAddress());
                }
            }
        }
        return addresses[0];
    }

    boolean allowed(String host) {
        return allowedHosts.contains(normalize(host));
    }

    /** Splits a stored URL again (it was checked when the subscription was created). */
    static Target parse(String url) {
        if (url == null || url.isBlank()) {
            throw invalid("must not be blank");
        }
        if (url.length() > MAX_URL_LENGTH) {
            throw invalid("must be at most " + MAX_URL_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw invalid("must be an absolute http(s) URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!uri.isAbsolute() || uri.isOpaque() || !(scheme.equals("https") || scheme.equals("http"))) {
            throw invalid("must be an absolute http(s) URL");
        }
        if (uri.getHost() == null) {
            throw invalid("must name a host");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid("must not carry a user name or password");
        }
        if (uri.getRawFragment() != null) {
            throw invalid("must not have a fragment");
        }
        boolean https = scheme.equals("https");
        int port = uri.getPort() == -1 ? (https ? 443 : 80) : uri.getPort();
        if (port < 1 || port > 65535) {
            throw invalid("has no valid port");
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String requestUri = uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        return new Target(url, normalize(uri.getHost()), port, https, requestUri);
    }

    /**
     * Public: none of the special-purpose ranges that reach this machine or a private network (RFC 6890 and
     * the IANA special-purpose registries): this host (0/8), private (10/8, 172.16/12, 192.168/16), shared
     * address space (100.64/10), loopback (127/8), link-local (169.254/16, fe80::/10, the cloud metadata address
     * among them), IETF protocol assignments (192.0.0/24), benchmarking (198.18/15), multicast and reserved
     * (224/3), unique local IPv6 (fc00::/7), site-local IPv6 (fec0::/10), and IPv6 forms that embed an IPv4
     * address (IPv4-compatible, NAT64 64:ff9b::/96, 6to4 2002::/16) when the embedded one is not public;
     * Teredo (2001::/32) and discard-only (100::/64) are refused outright.
     */
    static boolean isPublic(InetAddress a) {
        if (a.isAnyLocalAddress() || a.isLoopbackAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
                || a.isMulticastAddress()) {
            return false;
        }
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) {
            return publicV4(b[0] & 0xff, b[1] & 0xff, b[2] & 0xff);
        }
        if (a instanceof Inet6Address v6 && v6.isIPv4CompatibleAddress()) {
            return publicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff);
        }
        int first = b[0] & 0xff;
        int second = b[1] & 0xff;
        if ((first & 0xfe) == 0xfc) {
            return false; // fc00::/7 unique local
        }
        if (first == 0x20 && second == 0x02) {
            return publicV4(b[2] & 0xff, b[3] & 0xff, b[4] & 0xff); // 2002::/16 6to4
        }
        if (first == 0x20 && second == 0x01 && b[2] == 0 && b[3] == 0) {
            return false; // 2001::/32 Teredo: the IPv4 end is obfuscated
        }
        if (first == 0x00 && second == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b && allZero(b, 4, 12)) {
            return publicV4(b[12] & 0xff, b[13] & 0xff, b[14] & 0xff); // 64:ff9b::/96 NAT64
        }
        if (first == 0x01 && second == 0x00 && allZero(b, 2, 8)) {
            return false; // 100::/64 discard-only
        }
        return true;
    }

    private static boolean publicV4(int a, int b, int c) {
        return !(a == 0 || a == 10 || a == 127 || a >= 224
                || a == 100 && b >= 64 && b <= 127
                || a == 169 && b == 254
                || a == 172 && b >= 16 && b <= 31
                || a == 192 && b == 0 && c == 0
                || a == 192 && b == 168
                || a == 198 && (b == 18 || b == 19));
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, no IPv6 brackets, no trailing dot: the form hosts are compared and resolved in. */
    static String normalize(String host) {
        String h = host.strip().toLowerCase(Locale.ROOT);
        if (h.startsWith("[") && h.endsWith("]")) {
            h = h.substring(1, h.length() - 1);
        }
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        return h;
    }

    private static InvalidInput invalid(String message) {
        return new InvalidInput("url", message);
    }
}
