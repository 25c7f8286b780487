package london.observatory.geography;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import london.observatory.source.CsvFiles;
import london.observatory.source.Snippet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file as ONS and Nomis publish it: maybe a UTF-8 BOM, quoted fields, CRLF. The first
 * record is the header; columns are found by name so that reordered or extra columns are harmless.
 */
final class CsvTable implements AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().get();

    private final Path file;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final List<String> header;

    private CsvTable(Path file, CSVParser parser) {
        this.file = file;
        this.parser = parser;
        this.records = parser.iterator();
        if (!records.hasNext()) {
            throw new IllegalArgumentException(file + ": empty file, expected a header row");
        }
        this.header = records.next().toList();
    }

    static CsvTable open(Path file) {
        try {
            return new CsvTable(file, CSVParser.parse(CsvFiles.reader(file, StandardCharsets.UTF_8), FORMAT));
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot read " + file + ": " + Snippet.of(String.valueOf(e.getMessage())), e);
        }
    }

    /** The index of a required column; names the file, the column and the header found if it is absent or ambiguous. */
    int require(ColumnName column) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (column.matches(header.get(i))) {
                found.add(i);
            }
        }
        if (found.size() != 1) {
            String problem = found.isEmpty() ? "missing required column " : "more than one column matches ";
            throw new IllegalArgumentException(
                    file + ": " + problem + column.label() + "; header found: " + Snippet.of(header.toString()));
        }
        return found.get(0);
    }

    /** Whether exactly one column matches. */
    boolean has(ColumnName column) {
        return header.stream().filter(column::matches).count() == 1;
    }

    /** The name of the column at {@code index}, as the file writes it. */
    String columnName(int index) {
        return header.get(index).strip();
    }

    /** The next data row, or null at the end. Rows shorter than the header are rejected with their line number. */
    Row next() {
        if (!records.hasNext()) {
            return null;
        }
        CSVRecord record = records.next();
        if (record.size() != header.size()) {
            throw new IllegalArgumentException(file + " line " + record.getRecordNumber() + ": " + record.size()
                    + " fields, header has " + header.size());
        }
        return new Row(this, record);
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close " + file, e);
        }
    }

    /** One data row; {@link #where()} names the file and line for error messages. */
    record Row(CsvTable table, CSVRecord record) {

        String get(int column) {
            return record.get(column).strip();
        }

        /** A value that must not be blank. */
        String required(int column) {
            String value = get(column);
            if (value.isEmpty()) {
                throw new IllegalArgumentException(where() + ": empty " + table.header.get(column));
            }
            return value;
        }

        String where() {
            // The header is record 1, so the record number is the line number when no field spans lines.
            return table.file + " line " + record.getRecordNumber();
        }
    }
}
