package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import london.observatory.source.BoundedEntryStream;
import london.observatory.source.ReadLimits;
import london.observatory.source.RejectedInputException;
import london.observatory.source.Snippet;
import london.observatory.source.spreadsheet.SheetLayout.SheetInfo;

/**
 * Reads one sheet of an OpenDocument spreadsheet (MHCLG's H-CLIC tables) in one streaming pass over
 * {@code content.xml} with the JDK's StAX parser. Only sheets whose name the layout accepts are
 * materialised, and only their non-blank cells: LibreOffice pads every row to 1,024 columns and the
 * sheet to 1,048,576 rows with {@code number-columns-repeated}/{@code number-rows-repeated}, which are
 * counted, not expanded. Merged cells ({@code number-rows-spanned}, {@code number-columns-spanned})
 * are recorded and {@code covered-table-cell}s read as blank. Numbers come from {@code office:value},
 * not the displayed text; text cells are their paragraphs, annotations left out.
 *
 * <p>Within the {@link ReadLimits}: {@code content.xml} inflates within {@code maxEntryBytes}; a row holding
 * a value repeated past {@code maxSheetRows}, a sheet past {@code maxSheetCells}, or a cell's text past
 * {@code maxCellChars} ({@code <text:s text:c="2000000000"/>}) fails the file before anything is stored, so
 * a few KB claiming two billion rows cost nothing.
 */
final class OdsSheets {

    private static final String TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
    private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
    private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
    private static final int MAX_COLUMNS = 16_384;

    private OdsSheets() {}

    static SheetGrid read(Path file, SheetLayout layout, ReadLimits limits) throws IOException {
        try (ZipFile zip = new ZipFile(file.toFile())) {
            ZipEntry content = zip.getEntry("content.xml");
            if (content == null) {
                throw new SpreadsheetFormatException(file.getFileName() + " is not an ODS file (no content.xml)");
            }
            BoundedEntryStream in =
                    BoundedEntryStream.open(zip, content, file.getFileName().toString(), limits);
            try (in) {
                return read(file, layout, limits, in);
            } catch (XMLStreamException e) {
                if (in.failure() != null) { // the parser passes on only the message of what the stream threw
                    throw in.failure();
                }
                throw new SpreadsheetFormatException(
                        file.getFileName() + ": unreadable content.xml: " + Snippet.of(e.getMessage()), e);
            }
        } catch (ZipException e) {
            throw new SpreadsheetFormatException(
                    file.getFileName() + " is not an ODS file: " + Snippet.of(e.getMessage()), e);
        }
    }

    private static SheetGrid read(Path file, SheetLayout layout, ReadLimits limits, InputStream in)
            throws XMLStreamException, IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        List<SheetInfo> seen = new ArrayList<>();
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && is(xml, TABLE, "table")) {
                    String name = attribute(xml, TABLE, "name", "");
                    String source = file.getFileName() + "#" + name;
                    SheetGrid grid = layout.sheet().matcher(name).matches()
                            ? new TableReader(xml, source, limits).read()
                            : skip(xml);
                    SheetInfo info = new SheetInfo(seen.size(), name, grid == null ? "" : grid.title());
                    seen.add(info);
                    if (grid != null && layout.matches(name, info.title())) {
                        return grid;
                    }
                }
            }
        } finally {
            xml.close();
        }
        throw Workbooks.noSheet(file, layout, seen);
    }

    /** Moves past the current table's end; returns null (no grid). */
    private static SheetGrid skip(XMLStreamReader xml) throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        return null;
    }

    private static boolean is(XMLStreamReader xml, String namespace, String local) {
        return local.equals(xml.getLocalName()) && namespace.equals(xml.getNamespaceURI());
    }

    private static String attribute(XMLStreamReader xml, String namespace, String local, String otherwise) {
        String value = xml.getAttributeValue(namespace, local);
        return value == null ? otherwise : value;
    }

    /** A repeat or span count: 1 to {@link Integer#MAX_VALUE} (a file may claim any number), summed as longs. */
    private static long count(XMLStreamReader xml, String local) {
        return Math.min(Integer.MAX_VALUE, Math.max(1, parseOr(xml.getAttributeValue(TABLE, local), 1)));
    }

    private static long parseOr(String value, long otherwise) {
        try {
            return value == null ? otherwise : Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** Reads one {@code table:table} element, positioned just after its start tag. */
    private static final class TableReader {

        private final XMLStreamReader xml;
        private final String source;
        private final ReadLimits limits;
        private final List<List<SheetCell>> rows = new ArrayList<>();
        private final List<MergedRange> merges = new ArrayList<>();
        private long row;
        private long cellsHeld;

        TableReader(XMLStreamReader xml, String source, ReadLimits limits) {
            this.xml = xml;
            this.source = source;
            this.limits = limits;
        }

        SheetGrid read() throws XMLStreamException, RejectedInputException {
            int depth = 1;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, TABLE, "table-row")) {
                        row(); // consumes the row's end tag
                    } else {
                        depth++;
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                }
            }
            return new SheetGrid(source, rows, merges);
        }

        private void row() throws XMLStreamException, RejectedInputException {
            long repeat = count(xml, "number-rows-repeated");
            List<SheetCell> cells = new ArrayList<>();
            long column = 0;
            while (true) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    boolean covered = is(xml, TABLE, "covered-table-cell");
                    if (covered || is(xml, TABLE, "table-cell")) {
                        column = cell(cells, column, covered);
                    } else {
                        skip(xml);
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    break;
                }
            }
            if (!cells.isEmpty()) {
                hold(repeat, cells.size());
                for (long i = 0; i < repeat; i++) {
                    while (rows.size() < row) {
                        rows.add(List.of());
                    }
                    rows.add(cells);
                    row++;
                }
            } else {
                row += repeat; // blank rows are counted, not stored
            }
        }

        /** Checks, before storing them, that {@code repeat} copies of a row of {@code width} cells fit the limits. */
        private void hold(long repeat, long width) throws RejectedInputException {
            if (row + repeat > limits.maxSheetRows()) {
                throw new RejectedInputException(
                        source,
                        String.format(
                                Locale.ROOT,
                                "row %,d repeats %,d times, past %s",
                                row + 1,
                                repeat,
                                ReadLimits.name("maxSheetRows", limits.maxSheetRows(), "rows")));
            }
            // Each row is at most MAX_COLUMNS wide and repeat at most maxSheetRows: no overflow.
            cellsHeld += repeat * width;
            limits.checkSheetCells(source, cellsHeld, row + 1);
        }

        /** Reads one cell element (through its end tag) and returns the next column. */
        private long cell(List<SheetCell> cells, long column, boolean covered)
                throws XMLStreamException, RejectedInputException {
            long repeat = count(xml, "number-columns-repeated");
            long rowSpan = count(xml, "number-rows-spanned");
            long columnSpan = count(xml, "number-columns-spanned");
            String type = attribute(xml, OFFICE, "value-type", "");
            String value = switch (type) {
                case "float", "percentage", "currency" -> attribute(xml, OFFICE, "value", null);
                case "date" -> attribute(xml, OFFICE, "date-value", null);
                case "time" -> attribute(xml, OFFICE, "time-value", null);
                case "boolean" -> "true".equals(attribute(xml, OFFICE, "boolean-value", "")) ? "TRUE" : "FALSE";
                case "string" -> attribute(xml, OFFICE, "string-value", null);
                default -> null;
            };
            String text = paragraphs();
            if (value != null && value.length() > limits.maxCellChars()) {
                throw tooLong();
            }
            SheetCell cell = covered ? SheetCell.BLANK : value(type, value, text);
            if (!covered && (rowSpan > 1 || columnSpan > 1) && column < MAX_COLUMNS) {
                hold(1, 1); // a merge is held like a cell
                merges.add(new MergedRange(
                        (int) row, (int) Math.min(row + rowSpan - 1, limits.maxSheetRows()), (int) column, (int)
                                Math.min(column + columnSpan - 1, MAX_COLUMNS)));
            }
            if (!cell.isBlank()) {
                for (long i = 0; i < repeat && column + i < MAX_COLUMNS; i++) {
                    while (cells.size() < column + i) {
                        cells.add(SheetCell.BLANK);
                    }
                    cells.add(cell);
                }
            }
            return column + repeat;
        }

        private static SheetCell value(String type, String value, String text) {
            if (type.equals("float") || type.equals("percentage") || type.equals("currency")) {
                try {
                    return SheetCell.number(Double.parseDouble(value));
                } catch (NumberFormatException | NullPointerException e) {
                    return SheetCell.text(text);
                }
            }
            return SheetCell.text(value != null ? value : text);
        }

        private RejectedInputException tooLong() {
            return new RejectedInputException(
                    source,
                    String.format(
                            Locale.ROOT,
                            "row %,d has a cell longer than %s",
                            row + 1,
                            ReadLimits.name("maxCellChars", limits.maxCellChars(), "characters")));
        }

        /** The text of the cell's paragraphs, one line each; annotations and nested elements' markup left out. */
        private String paragraphs() throws XMLStreamException, RejectedInputException {
            StringBuilder text = new StringBuilder();
            int depth = 1;
            int paragraphs = 0;
            while (depth > 0) {
                int event = xml.next();
                if (event == XMLStreamConstants.START_ELEMENT) {
                    if (is(xml, OFFICE, "annotation")) {
                        skip(xml);
                        continue;
                    }
                    depth++;
                    if (is(xml, TEXT, "p") && paragraphs++ > 0) {
                        text.append('\n');
                    } else if (is(xml, TEXT, "s")) {
                        long spaces = Math.max(1, parseOr(xml.getAttributeValue(TEXT, "c"), 1));
                        if (text.length() + spaces > limits.maxCellChars()) {
                            throw tooLong();
                        }
                        text.append(" ".repeat((int) spaces));
                    } else if (is(xml, TEXT, "tab")) {
                        text.append('\t');
                    } else if (is(xml, TEXT, "line-break")) {
                        text.append('\n');
                    }
                } else if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
                    text.append(xml.getText());
                }
                if (text.length() > limits.maxCellChars()) {
                    throw tooLong();
                }
            }
            return text.toString();
        }
    }
}
