package london.observatory.connectors.borough;

import java.nio.file.Files;
import java.time.Instant;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.disclosure.RecordKeyer;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.FileUrls;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.PageSequence;
import london.observatory.fetch.SingleFileLander;
import london.observatory.fetch.UrlMasker;

/**
 * Lands a borough's record-level CSV, from a URL or from every {@code .csv} in a drop folder, keeping
 * only the descriptor's columns ({@link RecordProjection}): the delivered file itself is never stored.
 */
public final class RecordLander implements Lander {

    private final Fetcher fetcher;
    private final RecordKeyer keyer;

    public RecordLander(Fetcher fetcher, RecordKeyer keyer) {
        this.fetcher = fetcher;
        this.keyer = keyer;
    }

    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        String url = feed.source().url();
        PageSequence pages = FileUrls.isFile(url) && Files.isDirectory(FileUrls.toPath(url))
                ? DropFolder.of(feed.id(), FileUrls.toPath(url))
                : SingleFileLander.onePage(url, "csv");
        return new LandedFeed(
                fetcher.fetch(
                        feed.id(), UrlMasker.of(feed.source()), fetchedAt, pages, new RecordProjection(feed, keyer)),
                -1);
    }
}
