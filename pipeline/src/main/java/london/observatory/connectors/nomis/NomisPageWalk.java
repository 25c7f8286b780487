package london.observatory.connectors.nomis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.PageSequence;
import london.observatory.fetch.UrlMasker;
import london.observatory.source.CsvFiles;

/**
 * Nomis paging: the next page starts at the number of rows received so far.
 * <ul>
 *   <li>With RECORD_COUNT (the query selected it): until the rows received equal the first page's
 *       RECORD_COUNT. Any page that breaks that arithmetic fails the fetch, since a silently short feed
 *       would publish wrong totals.</li>
 *   <li>Without it: a single recorded file is the whole response; any other source pages until a page
 *       shorter than the descriptor's page size (or an empty page, when the last one was exactly full),
 *       and the rows received are then the total the read is checked against.</li>
 * </ul>
 */
final class NomisPageWalk implements PageSequence {

    /** The guest page size of the Nomis API, for descriptors that do not give one. */
    static final int DEFAULT_PAGE_SIZE = 25_000;

    private final String feedId;
    private final NomisPageUrls urls;
    private final int pageSize;
    private final NomisPageReader reader = new NomisPageReader();
    private String lastUrl;
    private long received;
    private long expected = -1;
    private boolean started;
    private boolean counted;

    NomisPageWalk(String feedId, NomisPageUrls urls, int pageSize) {
        this.feedId = feedId;
        this.urls = urls;
        this.pageSize = pageSize > 0 ? pageSize : DEFAULT_PAGE_SIZE;
    }

    /** Rows of the whole response (RECORD_COUNT, or the rows received without one); -1 until known. */
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
        boolean firstPage = !started;
        started = true;
        if (page.rows() == 0) {
            if (counted) {
                throw fail("truncated response: received " + received + " of RECORD_COUNT " + expected + " rows; "
                        + UrlMasker.mask(lastUrl) + " had no rows");
            }
            // header only: on the first page the query matched nothing, a valid answer; later, the page
            // before was exactly full and there is nothing more
            return end();
        }
        if (firstPage && page.recordCount().isPresent()) {
            counted = true;
            expected = page.recordCount().getAsLong();
        } else if (counted) {
            checkTotal(page);
        }
        received += page.rows();
        if (!counted) {
            return page.rows() < pageSize ? end() : nextUncounted();
        }
        if (received > expected) {
            throw fail("inconsistent response: received " + received + " rows, more than RECORD_COUNT " + expected);
        }
        return received == expected ? Optional.empty() : nextPage();
    }

    private NomisPageReader.PageCount count(Path landedPage) throws IOException {
        try {
            return reader.count(landedPage);
        } catch (UncheckedIOException e) {
            // Commons CSV's wrapper names no file and quotes its cause's class: say the page and the line instead
            String why = CsvFiles.malformed(landedPage.getFileName().toString(), 0, e)
                    .getMessage();
            throw fail("unreadable page from " + UrlMasker.mask(lastUrl) + ": " + why);
        } catch (NomisResponseException | IllegalStateException e) {
            throw fail("unreadable page from " + UrlMasker.mask(lastUrl) + ": " + e.getMessage());
        }
    }

    /** RECORD_COUNT is the total of the whole query, so it must not move between pages. */
    private void checkTotal(NomisPageReader.PageCount page) {
        if (page.recordCount().isEmpty()) {
            throw fail(
                    "RECORD_COUNT missing from " + UrlMasker.mask(lastUrl) + " after the first page gave " + expected);
        }
        long recordCount = page.recordCount().getAsLong();
        if (recordCount != expected) {
            throw fail("RECORD_COUNT changed from " + expected + " to " + recordCount
                    + " while paging (was the dataset updated mid-fetch?)");
        }
    }

    private Optional<String> end() {
        expected = received;
        return Optional.empty();
    }

    /** Without RECORD_COUNT a source that cannot page (one recorded file) is the whole response. */
    private Optional<String> nextUncounted() {
        Optional<String> next = urls.pageAt(received);
        if (next.isEmpty()) {
            return end();
        }
        lastUrl = next.get();
        return next;
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
