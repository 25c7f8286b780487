package london.observatory.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * The feed's bad rows for one run, in {@code <dataDir>/quarantine/<feed>/<run>.csv}: the file, line
 * number, reason and the row itself, so an operator can see exactly what was set aside and why.
 * Created on the first bad row; shared by the workers of one feed (writes are synchronised, and rare).
 */
public final class Quarantine implements AutoCloseable {

    /** A reason may quote a cell: it is cut to a {@link Snippet}. */
    static final int MAX_REASON_CHARS = 500;

    /** Real rows are under 10 KB; a longer raw row is cut, saying how long it was, so no file holds megabytes a row. */
    static final int MAX_RAW_CHARS = 20_000;

    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader("file", "line", "reason", "raw")
            .get();
    private static final CSVFormat RAW = CSVFormat.RFC4180;

    private final Path path;
    private final AtomicLong count = new AtomicLong();
    private CSVPrinter printer;

    public Quarantine(Path dataDir, String feed, String runId) {
        this.path = dataDir.resolve("quarantine").resolve(feed).resolve(runId + ".csv");
    }

    /** Sets a record aside. The raw text is the record's fields written back as CSV. */
    public void add(String file, long line, String reason, CSVRecord record) {
        add(file, line, reason, RAW.format((Object[]) record.values()));
    }

    public synchronized void add(String file, long line, String reason, String raw) {
        try {
            if (printer == null) {
                Files.createDirectories(path.getParent());
                Writer writer = Files.newBufferedWriter(path, StandardCharsets.UTF_8);
                printer = new CSVPrinter(writer, FORMAT);
            }
            printer.printRecord(file, line, Snippet.of(reason, MAX_REASON_CHARS), cut(raw));
            count.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + path, e);
        }
    }

    private static String cut(String raw) {
        if (raw.length() <= MAX_RAW_CHARS) {
            return raw;
        }
        int end = Character.isHighSurrogate(raw.charAt(MAX_RAW_CHARS - 1)) ? MAX_RAW_CHARS - 1 : MAX_RAW_CHARS;
        return raw.substring(0, end) + String.format(java.util.Locale.ROOT, "... (%,d characters)", raw.length());
    }

    public long count() {
        return count.get();
    }

    public Path path() {
        return path;
    }

    @Override
    public synchronized void close() {
        if (printer != null) {
            try {
                printer.close(true);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot close quarantine file " + path, e);
            }
            printer = null;
        }
    }
}
