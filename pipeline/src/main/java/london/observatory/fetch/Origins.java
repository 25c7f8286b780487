package london.observatory.fetch;

import java.net.URI;
import java.util.Locale;

/**
 * The origin (scheme, host, port) of a URL: the boundary a credential must not cross. An API key is
 * configured for one origin; a redirect or a document naming any other one gets no key.
 */
public final class Origins {

    private Origins() {}

    /** Same scheme, host and port (the scheme's default when none is written); false when either has no host. */
    public static boolean same(URI a, URI b) {
        return a.getScheme() != null
                && b.getScheme() != null
                && a.getHost() != null
                && b.getHost() != null
                && a.getScheme().equalsIgnoreCase(b.getScheme())
                && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    /** {@code https://host} or {@code http://host:8080}, for messages: no path, query or user info. */
    public static String of(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT) + "://";
        String host = uri.getHost() == null ? "(no host)" : uri.getHost().toLowerCase(Locale.ROOT);
        return scheme + host + (uri.getPort() >= 0 ? ":" + uri.getPort() : "");
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
