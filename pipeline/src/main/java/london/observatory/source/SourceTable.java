package london.observatory.source;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;

/**
 * A source's data as a header and rows of text, whatever the format underneath (CSV, a spreadsheet
 * sheet, a JSON cube). Every adapter produces one; the descriptor's mapping turns its rows into
 * observations. Streams: rows are read on demand, one table open at a time.
 */
public interface SourceTable extends AutoCloseable {

    /** How a format opens one landed file of a feed as a table. */
    @FunctionalInterface
    interface Opener {
        SourceTable open(FeedDescriptor feed, Path file) throws IOException;
    }

    /** Column names as the source gives them (trimmed, byte order mark removed). */
    List<String> header();

    /** The next row, or null at the end. */
    SourceRow next() throws IOException;

    @Override
    void close() throws IOException;
}
