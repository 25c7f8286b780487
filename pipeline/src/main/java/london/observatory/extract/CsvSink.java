package london.observatory.extract;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;

/**
 * CSV that opens cleanly in Excel: UTF-8 with a byte order mark (so names such as "Bromley-by-Bow" or "Ealing –
 * North" keep their characters), RFC 4180 quoting and CRLF line ends, a header row, periods in ISO 8601, and an
 * empty cell (never 0) where a value is withheld.
 *
 * <p>Commons CSV decides the quoting, but once per distinct text rather than once per cell: an extract repeats a
 * few thousand texts (areas, indicators, periods, flags) millions of times, and printing each cell through {@code
 * CSVPrinter} was measured at about 2 µs a row, the extract's largest cost. Each text's quoted UTF-8 bytes are kept
 * and written as they are; only the value is formatted per row.
 */
final class CsvSink implements RowSink {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final ByteBuffered out;
    /** Area and indicator pieces by instance: the query hands the same objects over and over. */
    private final Map<Object, byte[]> pieces = new IdentityHashMap<>();

    private final Map<String, byte[]> cells = new HashMap<>();
    private long rows;
    private String sha256;

    CsvSink(Path file) throws IOException {
        this.out = new ByteBuffered(file);
        out.write(BOM);
        out.write(FORMAT.format((Object[]) ExtractColumns.NAMES).getBytes(StandardCharsets.UTF_8));
        out.write('\r');
        out.write('\n');
    }

    @Override
    public void write(ExtractRow row) throws IOException {
        out.write(pieces.computeIfAbsent(row.area, a -> cells(row.area.code(), row.area.name(), row.area.level())));
        out.write(pieces.computeIfAbsent(
                row.indicator, i -> cells(row.indicator.id(), row.indicator.title(), row.indicator.unit())));
        out.write(cell(row.period));
        out.write(',');
        if (row.hasValue) {
            writeValue(row.value);
        }
        out.write(',');
        if (row.flag != null) {
            out.write(cell(row.flag));
        }
        out.write(',');
        out.write(cell(row.method));
        out.write(',');
        out.write(cell(row.source()));
        out.write('\r');
        out.write('\n');
        rows++;
    }

    /** The value needs no quoting (digits, '.', '-'); a whole number is written digit by digit, without a String. */
    private void writeValue(double value) throws IOException {
        if (ValueText.isWhole(value)) {
            out.writeWhole((long) value);
        } else {
            out.write(ValueText.of(value).getBytes(StandardCharsets.US_ASCII));
        }
    }

    /** One text as a cell, quoted if it must be. */
    private byte[] cell(String text) {
        byte[] bytes = cells.get(text);
        if (bytes == null) {
            bytes = text.isEmpty() ? new byte[0] : FORMAT.format(text).getBytes(StandardCharsets.UTF_8);
            cells.put(text, bytes);
        }
        return bytes;
    }

    /** Several texts as consecutive cells, each followed by a comma. */
    private static byte[] cells(String... texts) {
        return (FORMAT.format((Object[]) texts) + ",").getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void finish() throws IOException {
        sha256 = out.finish();
    }

    /** Hashed as it was written, on the writer's thread. */
    @Override
    public String sha256() {
        return sha256;
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
