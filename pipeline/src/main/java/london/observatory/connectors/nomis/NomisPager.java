package london.observatory.connectors.nomis;

import java.time.Instant;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FetchResult;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.Lander;
import london.observatory.fetch.UrlMasker;

/**
 * Fetches a Nomis feed page by page into the raw landing area.
 *
 * <p>Live API ({@code http(s):} URL): the descriptor's {@code source.query} parameters, URL-encoded
 * in the descriptor's order, plus {@code recordoffset=<rows received so far>}. The first page is a
 * conditional request; its RECORD_COUNT (total rows of the whole query) says when to stop. A query
 * whose {@code select} leaves RECORD_COUNT out pages until a page shorter than {@code pageSize} (see
 * {@link NomisPageWalk}). {@code RecordLimit} is not sent (whether Nomis honours it is uncertain): the
 * walk follows the rows actually received.
 *
 * <p>Recorded responses ({@code file:} URL, absolute or relative to the working directory):
 * <ul>
 *   <li>a directory holds one file per page, named by the page's record offset:
 *       {@code offset-0.csv}, {@code offset-25000.csv}, ... — exactly what the API would return for
 *       {@code recordoffset=0}, {@code 25000}, ...;</li>
 *   <li>a single file is the whole response in one page (with or without RECORD_COUNT).</li>
 * </ul>
 * The query is not applied to recorded responses: they are answers to it already.
 */
public final class NomisPager implements Lander {

    private final Fetcher fetcher;

    public NomisPager(Fetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Lands one fetch of {@code feed}, stamped {@code fetchedAt} (the run's timestamp).
     *
     * @throws london.observatory.fetch.FetchException if the source fails or the pages do not add up
     */
    @Override
    public LandedFeed land(FeedDescriptor feed, Instant fetchedAt) {
        NomisPageWalk walk = new NomisPageWalk(
                feed.id(), NomisPageUrls.of(feed.source()), feed.source().pageSize());
        FetchResult result = fetcher.fetch(feed.id(), UrlMasker.of(feed.source()), fetchedAt, walk, null);
        return new LandedFeed(result, result.unchanged() ? 0 : walk.expectedRows());
    }
}
