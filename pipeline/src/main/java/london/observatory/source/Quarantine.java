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
            printer.printRecord(file, line, reason, raw);
            count.incrementAndGet();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write quarantine file " + path, e);
        }
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
