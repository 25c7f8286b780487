package london.observatory.fetch;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import london.observatory.descriptor.FeedDescriptor;

/**
 * A source served as one file at one URL (http, https or file): a conditional GET, landed with the
 * file's own extension so readers that care (spreadsheets) can tell what it is.
 */
public final class SingleFileLander implements Lander {

    private final Fetcher fetcher;

    public SingleFileLander(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        String url = feed.source().url();
        FetchResult result =
                fetcher.fetch(feed.id(), UrlMasker.of(feed.source()), fetchedAt, onePage(url, extension(url)), null);
        return new LandedFeed(result, -1);
    }

    /** {@code .../tables.ods?x=1} → {@code ods}; no extension → {@code csv}. */
    static String extension(String url) {
        String name = FileUrls.fileName(url);
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return ext.matches("[a-z0-9]{1,5}") ? ext : "csv";
    }

    /** A source that answers in one response: no next page. */
    public static PageSequence onePage(String url, String fileExtension) {
        return new OnePage(url, fileExtension);
    }

    private record OnePage(String firstUrl, String fileExtension) implements PageSequence {

        @Override
        public Optional<String> next(Path landedPage) {
            return Optional.empty();
        }
    }
}
