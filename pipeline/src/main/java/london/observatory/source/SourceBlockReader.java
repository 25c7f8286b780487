package london.observatory.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import london.observatory.descriptor.FeedDescriptor;

/**
 * Streams the landed files of one table feed, in order, as {@link SourceBlock}s of at most
 * {@code blockSize} rows: one file open at a time. Not thread safe; one per worker.
 */
public final class SourceBlockReader implements AutoCloseable {

    private final FeedDescriptor feed;
    private final SourceTable.Opener opener;
    private final Iterator<Path> files;
    private final int blockSize;
    private SourceTable table;
    private Path current;

    public SourceBlockReader(FeedDescriptor feed, SourceTable.Opener opener, List<Path> files, int blockSize) {
        this.feed = feed;
        this.opener = opener;
        this.files = List.copyOf(files).iterator();
        this.blockSize = blockSize;
    }

    /** The next block, or null when every file has been read. */
    public SourceBlock next() {
        try {
            while (true) {
                if (table == null && !openNext()) {
                    return null;
                }
                List<SourceRow> rows = new ArrayList<>(blockSize);
                SourceRow row;
                while (rows.size() < blockSize && (row = table.next()) != null) {
                    rows.add(row);
                }
                if (!rows.isEmpty()) {
                    return new SourceBlock(table.header(), rows);
                }
                closeCurrent();
            }
        } catch (IOException e) {
            throw ReadFailure.of(feed.id(), current, e);
        }
    }

    private boolean openNext() throws IOException {
        if (!files.hasNext()) {
            return false;
        }
        current = files.next();
        table = opener.open(feed, current);
        return true;
    }

    private void closeCurrent() throws IOException {
        if (table != null) {
            table.close();
            table = null;
        }
    }

    @Override
    public void close() {
        try {
            closeCurrent();
        } catch (IOException e) {
            throw new UncheckedIOException(feed.id() + ": cannot close " + current, e);
        }
    }
}
