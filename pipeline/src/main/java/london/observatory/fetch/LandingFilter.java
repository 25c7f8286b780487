package london.observatory.fetch;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Rewrites each page as it lands, before it is kept: for sources whose raw form must never be stored
 * (a borough's case list carries names and addresses). The page is downloaded to a temporary file
 * outside the data directory, {@link #write} writes what may be kept into the landing area, and the
 * download is deleted whatever happens.
 */
@FunctionalInterface
public interface LandingFilter {

    /**
     * Reads {@code downloaded} and writes what may be kept to {@code kept}; throws {@link FetchException} to
     * refuse it. {@code sourceName} is the delivered file's name ({@code 2024-02.csv}), for messages.
     */
    void write(Path downloaded, Path kept, String sourceName) throws IOException;
}
