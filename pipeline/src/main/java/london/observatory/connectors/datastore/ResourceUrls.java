package london.observatory.connectors.datastore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import london.observatory.fetch.FileUrls;
import london.observatory.fetch.Origins;
import london.observatory.fetch.UrlMasker;

/**
 * Which resource URLs a dataset document may send the resolver to. A document's resource URLs are
 * written by whoever publishes the dataset, so they are data, not configuration: they are checked
 * before anything is fetched, and a refused target is never read.
 * <ul>
 *   <li>From a remote document ({@code http}/{@code https}): {@code https} (or {@code http} when the
 *       document itself came over {@code http}, as from a local test server), on the document's own host
 *       or an allowed file host. Never {@code file:} or any other scheme; a relative URL, {@code ../}
 *       included, cannot leave the document's scheme and host.</li>
 *   <li>From a {@code file:} folder (an offline copy): a relative or {@code file:} URL must stay inside
 *       that folder, {@code ../} cannot leave it. An {@code http}/{@code https} URL is allowed: the folder is
 *       the operator's own copy of a live document, whose URLs are absolute.</li>
 * </ul>
 */
final class ResourceUrls {

    private final Set<String> hosts;
    private final String listed;

    /** {@code hosts}: file hosts a remote document may name besides its own (names only, no scheme or port). */
    ResourceUrls(Collection<String> hosts) {
        Set<String> names = new LinkedHashSet<>();
        for (String host : hosts) {
            String name = host == null ? "" : host.strip().toLowerCase(Locale.ROOT);
            if (name.isEmpty() || !name.matches("[a-z0-9.-]+")) {
                throw new IllegalArgumentException("a Datastore resource host must be a host name, was: " + host);
            }
            names.add(name);
        }
        this.hosts = Set.copyOf(names);
        this.listed = String.join(", ", names);
    }

    /**
     * {@code url} as a dataset document from {@code baseUrl} names it, made absolute.
     *
     * @throws IllegalArgumentException one line naming the (masked) URL and the rule it breaks
     */
    String resolve(String baseUrl, String url) {
        String resolved;
        URI target;
        try {
            resolved = DatastoreResolver.resourceUrl(baseUrl, url);
            target = URI.create(resolved);
        } catch (IllegalArgumentException e) {
            throw refused(url, "it is not a valid URL");
        }
        String broken = FileUrls.isFile(baseUrl) ? outsideFolder(baseUrl, resolved, target) : offHost(baseUrl, target);
        if (broken != null) {
            throw refused(url, broken);
        }
        return resolved;
    }

    /** The rule a remote document's resource breaks, or null. */
    private String offHost(String baseUrl, URI target) {
        URI document = URI.create(baseUrl.strip());
        boolean httpDocument = "http".equalsIgnoreCase(document.getScheme());
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        String host = target.getHost() == null ? null : target.getHost().toLowerCase(Locale.ROOT);
        boolean schemeOk = scheme.equals("https") || httpDocument && scheme.equals("http");
        boolean hostOk = host != null && (host.equalsIgnoreCase(document.getHost()) || hosts.contains(host));
        if (schemeOk && hostOk) {
            return null;
        }
        return "a dataset document from " + Origins.of(document) + " may only name "
                + (httpDocument ? "http or https" : "https") + " resources on its own host or on an allowed file host ("
                + (listed.isEmpty() ? "none" : listed) + ")";
    }

    /** The rule an offline document's resource breaks, or null. */
    private static String outsideFolder(String baseUrl, String resolved, URI target) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (scheme.equals("http") || scheme.equals("https")) {
            return null;
        }
        String rule = "a dataset document read from " + UrlMasker.mask(baseUrl.strip())
                + " may only name files inside that folder (or http/https URLs)";
        if (!scheme.equals("file")) {
            return rule;
        }
        try {
            // The same path the file reader would open, normalised, so ../ (even percent-encoded) is seen.
            Path folder = FileUrls.toPath(baseUrl.strip()).normalize();
            Path file = FileUrls.toPath(resolved).normalize();
            if (!file.startsWith(folder) || file.equals(folder)) {
                return rule;
            }
            // Links resolved as well: a link inside the folder must not lead the reader out of it.
            return !Files.exists(file) || file.toRealPath().startsWith(folder.toRealPath()) ? null : rule;
        } catch (IOException e) {
            return rule;
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return rule; // file://host/... and the like: not a local path at all
        }
    }

    private static IllegalArgumentException refused(String url, String rule) {
        return new IllegalArgumentException("URL " + UrlMasker.mask(url) + " is refused: " + rule);
    }
}
