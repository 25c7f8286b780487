package london.observatory.connectors.nomis;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import london.observatory.source.CsvFiles;
import london.observatory.source.HeaderCheck;
import london.observatory.source.ReadFailure;
import london.observatory.source.RejectedInputException;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams the landed files of one feed (in order) as {@link NomisBlock}s of at most {@code blockSize}
 * records. Memory stays flat: one block and one open file at a time. Not thread safe; give each worker
 * its own reader over its own files.
 */
public final class NomisBlockReader implements Closeable {

    private final String feed;
    private final Iterator<Path> files;
    private final Columns resolver;
    private final int blockSize;

    private CSVParser parser;
    private Iterator<CSVRecord> records;
    private Path current;
    private int[] columns;
    private int width;
    private long lastLine;

    /** Finds the columns a block is read by in one file's header; throws when the header lacks them. */
    @FunctionalInterface
    interface Columns {
        int[] positions(Path file, List<String> header);
    }

    /** A reader giving the positions of {@code required} columns, in that order. */
    public NomisBlockReader(String feed, List<Path> files, List<String> required, int blockSize) {
        this(
                feed,
                files,
                (file, header) -> HeaderCheck.positions(feed, file, header, List.copyOf(required)),
                blockSize);
    }

    NomisBlockReader(String feed, List<Path> files, Columns resolver, int blockSize) {
        this.feed = feed;
        this.files = List.copyOf(files).iterator();
        this.resolver = resolver;
        this.blockSize = blockSize;
    }

    /** The next block, or null when every file has been read. */
    public NomisBlock next() {
        try {
            return nextBlock();
        } catch (UncheckedIOException e) {
            // Commons CSV wraps what the bounded reader throws; a rejected file is told as the feed's failure.
            RejectedInputException rejected = CsvFiles.rejectionIn(e);
            if (rejected != null) {
                throw ReadFailure.of(feed, current, rejected);
            }
            throw e;
        }
    }

    private NomisBlock nextBlock() {
        while (records == null || !records.hasNext()) {
            if (!openNextFile()) {
                return null;
            }
        }
        long[] lines = new long[blockSize];
        CSVRecord[] block = new CSVRecord[blockSize];
        int size = 0;
        while (size < blockSize && records.hasNext()) {
            block[size] = records.next();
            // Commons CSV counts the line breaks consumed; a record starts on the line after the last one.
            lines[size] = lastLine + 1;
            lastLine = parser.getCurrentLineNumber();
            size++;
        }
        return new NomisBlock(current.getFileName().toString(), lines, block, size, columns, width);
    }

    private boolean openNextFile() {
        closeCurrent();
        if (!files.hasNext()) {
            return false;
        }
        current = files.next();
        try {
            parser = CsvFiles.open(current);
        } catch (IOException e) {
            throw ReadFailure.of(feed, current, e);
        }
        List<String> header = parser.getHeaderNames();
        columns = resolver.positions(current, header);
        width = header.size();
        lastLine = parser.getCurrentLineNumber();
        records = parser.iterator();
        return true;
    }

    private void closeCurrent() {
        if (parser != null) {
            try {
                parser.close();
            } catch (IOException e) {
                throw new UncheckedIOException(feed + ": cannot close " + current, e);
            }
            parser = null;
            records = null;
        }
    }

    @Override
    public void close() {
        closeCurrent();
    }
}
