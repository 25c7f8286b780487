package london.observatory.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.source.HeaderCheck;

/**
 * The table formats a feed can declare, each a way to open a landed file as a {@link SourceTable}. The
 * Nomis API format ({@code nomis-csv}) is not here: it streams CSV records straight to its own mapper,
 * because it is the high-volume feed (see the benchmark).
 */
public final class SourceFormats {

    /** A format's reader: opens one landed file of the feed. */
    @FunctionalInterface
    public interface Opener {
        SourceTable open(FeedDescriptor feed, Path file) throws IOException;
    }

    private static final Opener CSV = (feed, file) -> CsvSourceTable.open(unzipped(feed, file), feed.encoding());

    private final Map<String, Opener> openers = new TreeMap<>();

    /** The formats every build knows: plain CSV and Nomis bulk (Census) CSV. */
    public static SourceFormats standard() {
        SourceFormats formats = new SourceFormats();
        formats.register("csv", CSV);
        formats.register("nomis-bulk-csv", CSV);
        // A borough's record file is landed already cut down to its kept columns, in UTF-8 (RecordProjection).
        formats.register("borough-records", (feed, file) -> CsvSourceTable.open(file, "UTF-8"));
        return formats;
    }

    /** The file itself, or the descriptor's {@code zipEntry} from it when the source is a ZIP archive. */
    public static Path unzipped(FeedDescriptor feed, Path file) throws IOException {
        String entry = feed.source().zipEntry();
        return entry != null && ZipEntries.isZip(file) ? ZipEntries.extract(file, entry) : file;
    }

    public SourceFormats register(String format, Opener opener) {
        openers.put(format, opener);
        return this;
    }

    public boolean isTable(FeedDescriptor feed) {
        return openers.containsKey(feed.format());
    }

    public SourceTable open(FeedDescriptor feed, Path file) throws IOException {
        Opener opener = openers.get(feed.format());
        if (opener == null) {
            throw new IllegalArgumentException(feed.id() + ": format " + feed.format() + " is not a table format; known: "
                    + openers.keySet());
        }
        return opener.open(feed, file);
    }

    /**
     * Reads each file's header and checks it has every column the feed's mapping needs, before a row is
     * read: a missing or renamed column fails the feed with nothing written.
     */
    public void checkHeaders(FeedDescriptor feed, List<Path> files) {
        for (Path file : files) {
            try (SourceTable table = open(feed, file)) {
                HeaderCheck.positions(feed.id(), file, table.header(), feed.requiredColumns());
            } catch (IOException e) {
                throw new UncheckedIOException(feed.id() + ": cannot read " + file.getFileName() + ": " + e.getMessage(), e);
            }
        }
    }
}
