package london.observatory.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The paging rule of one source, so the {@link Fetcher} can land any paged API: the first URL,
 * then, after each landed page, the next URL or empty when the response is complete. A sequence
 * that finds the response inconsistent (truncated, changed while paging) throws {@link FetchException}.
 */
public interface PageSequence {

    String firstUrl();

    Optional<String> next(Path landedPage) throws IOException;

    /** Extension of the landed page files. */
    default String fileExtension() {
        return "csv";
    }
}
