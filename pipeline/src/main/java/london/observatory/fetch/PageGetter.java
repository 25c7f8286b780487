package london.observatory.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * One attempt at one page: GET {@code uri} and stream a 2xx body into {@code target}.
 * Retries, classification and landing are the {@link Fetcher}'s job, so a getter stays a thin
 * adapter that tests can replace.
 */
public interface PageGetter {

    PageResponse get(URI uri, HttpValidators conditional, Path target) throws IOException, InterruptedException;
}
