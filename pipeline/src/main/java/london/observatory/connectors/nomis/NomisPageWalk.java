package london.observatory.connectors.nomis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.PageSequence;
import london.observatory.fetch.UrlMasker;

/**
 * Nomis paging: the next page starts at the number of rows received so far, until that number
 * equals the RECORD_COUNT of the first page. Any page that breaks that arithmetic fails the fetch,
 * since a silently short feed would publish wrong totals.
 */
final class NomisPageWalk implements PageSequence {

    private final String feedId;
    private final NomisPageUrls urls;
    private final NomisPageReader reader = new NomisPageReader();
    private String lastUrl;
    private long received;
    private long expected = -1;

    NomisPageWalk(String feedId, NomisPageUrls urls) {
        this.feedId = feedId;
        this.urls = urls;
    }

    /** RECORD_COUNT of the response (0 for an empty one); -1 until the first page is read. */
    long expectedRows() {
        return expected;
    }

    @Override
    public String firstUrl() {
        lastUrl = urls.pageAt(0).orElseThrow();
        return lastUrl;
    }

    @Override
    public Optional<String> next(Path landedPage) throws IOException {
        NomisPageReader.PageCount page = count(landedPage);
        boolean firstPage = expected < 0;
        if (page.rows() == 0) {
            if (firstPage) {
                expected = 0; // header only: the query matched nothing, which is a valid answer
                return Optional.empty();
            }
            throw fail("truncated response: received " + received + " of RECORD_COUNT " + expected + " rows; "
                    + UrlMasker.mask(lastUrl) + " had no rows");
        }
        checkTotal(page.recordCount().getAsLong(), firstPage);
        received += page.rows();
        if (received > expected) {
            throw fail("inconsistent response: received " + received + " rows, more than RECORD_COUNT " + expected);
        }
        return received == expected ? Optional.empty() : nextPage();
    }

    private NomisPageReader.PageCount count(Path landedPage) throws IOException {
        try {
            return reader.count(landedPage);
        } catch (NomisResponseException | IllegalStateException | UncheckedIOException e) {
            throw fail("unreadable page from " + UrlMasker.mask(lastUrl) + ": " + e.getMessage());
        }
    }

    /** RECORD_COUNT is the total of the whole query, so it must not move between pages. */
    private void checkTotal(long recordCount, boolean firstPage) {
        if (firstPage) {
            expected = recordCount;
        } else if (recordCount != expected) {
            throw fail("RECORD_COUNT changed from " + expected + " to " + recordCount
                    + " while paging (was the dataset updated mid-fetch?)");
        }
    }

    private Optional<String> nextPage() {
        lastUrl = urls.pageAt(received)
                .orElseThrow(() -> fail("truncated response: received " + received + " of RECORD_COUNT " + expected
                        + " rows, and a single-file source has no further pages"));
        return Optional.of(lastUrl);
    }

    private FetchException fail(String problem) {
        return new FetchException(feedId + ": " + problem);
    }
}
