package london.observatory.connectors.nomis;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import london.observatory.descriptor.FeedSource;
import london.observatory.fetch.FileUrls;

/**
 * The URL of the page starting at a given record offset, for the three kinds of Nomis source:
 * the live API (descriptor query + {@code recordoffset}), a recorded response in a directory
 * ({@code offset-<N>.csv}), or a single recorded file (one page only).
 */
final class NomisPageUrls {

    private enum Kind {
        API,
        RECORDED_DIRECTORY,
        SINGLE_FILE
    }

    private final Kind kind;
    private final String base;

    private NomisPageUrls(Kind kind, String base) {
        this.kind = kind;
        this.base = base;
    }

    static NomisPageUrls of(FeedSource source) {
        String url = source.url();
        if (!FileUrls.isFile(url)) {
            return new NomisPageUrls(Kind.API, withQuery(url, source.query()));
        }
        Path path = FileUrls.toPath(url);
        return Files.isDirectory(path)
                ? new NomisPageUrls(Kind.RECORDED_DIRECTORY, path.toUri().toString())
                : new NomisPageUrls(Kind.SINGLE_FILE, url);
    }

    /** The page at {@code offset}; empty when the source cannot page (a single file past offset 0). */
    Optional<String> pageAt(long offset) {
        return switch (kind) {
            case API -> Optional.of(base + (base.contains("?") ? "&" : "?") + "recordoffset=" + offset);
            case RECORDED_DIRECTORY ->
                Optional.of(base + (base.endsWith("/") ? "" : "/") + "offset-" + offset + ".csv");
            case SINGLE_FILE -> offset == 0 ? Optional.of(base) : Optional.empty();
        };
    }

    /**
     * No {@code RecordLimit}: whether Nomis honours it is uncertain, and paging by the rows actually
     * received works whatever page size the server chooses.
     */
    private static String withQuery(String url, Map<String, String> query) {
        String parameters = query.entrySet().stream()
                .map(entry -> encode(entry.getKey()) + "=" + encode(entry.getValue()))
                .collect(Collectors.joining("&"));
        if (parameters.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + parameters;
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
