package london.observatory.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * A feed's file that could not be read, as the one line the run records: {@code <feed>: file x.csv is a ZIP
 * archive, not CSV text} for a file rejected as it is ({@link RejectedInputException}), {@code <feed>: cannot
 * read x.csv: <why>} otherwise, the why cut to a {@link Snippet} since a library's message may quote input.
 */
public final class ReadFailure {

    private static final int MAX_WHY_CHARS = 300;

    private ReadFailure() {}

    public static UncheckedIOException of(String feed, Path file, IOException e) {
        return new UncheckedIOException(message(feed, file, e), e);
    }

    public static String message(String feed, Path file, IOException e) {
        RejectedInputException rejected = CsvFiles.rejectionIn(e);
        if (rejected != null) {
            return rejected.forFeed(feed);
        }
        return feed + ": cannot read " + file.getFileName() + ": "
                + Snippet.of(String.valueOf(e.getMessage()), MAX_WHY_CHARS);
    }
}
