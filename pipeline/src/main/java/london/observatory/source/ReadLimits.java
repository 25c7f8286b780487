package london.observatory.source;

import java.util.Locale;

/**
 * How much of a landed file any reader will take before it gives up: the bounds that keep memory, disk and
 * time flat whatever a source sends (a 5 KB spreadsheet claiming two billion rows, a CSV line with no end, a
 * ZIP entry that inflates a thousandfold). The defaults are sized generously for the real files (the UK
 * postcode directory is about 2.7 million rows and 1 GB; real records are under 10 KB), so only a broken or
 * hostile file meets one. A reader that meets a bound fails with {@link RejectedInputException}, naming the
 * bound ({@link #name}) and its value.
 *
 * @param maxRecordChars       characters in one CSV record, its header included (quoted line breaks count)
 * @param maxRowsPerFile       records in one CSV file
 * @param maxCellChars         characters in one spreadsheet cell's text
 * @param maxSheetRows         rows of one sheet that may hold a value (Excel's and LibreOffice's own limit)
 * @param maxSheetCells        cells one sheet may hold in memory, repeated ones counted each time
 * @param maxEntryBytes        bytes one ZIP entry may inflate to (a CSV in a ZIP, an ODS's content.xml)
 * @param maxWorkbookPartBytes bytes one part of an XLSX workbook may inflate to (POI holds each part whole)
 * @param maxCompressionRatio  inflated ÷ compressed size of a ZIP entry, checked once it passes
 *                             {@link #RATIO_GRACE_BYTES}: real data compresses 5–40 times, a ZIP bomb 1,000
 * @param maxJsonBytes         bytes of a JSON document (Jackson's {@code maxDocumentLength})
 * @param maxJsonStringChars   characters of one JSON string (Jackson's {@code maxStringLength})
 * @param maxJsonDepth         nesting of JSON arrays and objects (Jackson's {@code maxNestingDepth})
 */
public record ReadLimits(
        int maxRecordChars,
        long maxRowsPerFile,
        int maxCellChars,
        int maxSheetRows,
        long maxSheetCells,
        long maxEntryBytes,
        long maxWorkbookPartBytes,
        int maxCompressionRatio,
        long maxJsonBytes,
        int maxJsonStringChars,
        int maxJsonDepth) {

    /** Below this many inflated bytes an entry's compression ratio is not checked: small files may be all padding. */
    public static final long RATIO_GRACE_BYTES = 10L << 20;

    public static final ReadLimits DEFAULT = new ReadLimits(
            1_000_000, // a record: real ones are under 10 KB
            50_000_000, // rows of a CSV: the postcode directory has 2.7 million
            100_000, // a cell: a title or a footnote is a few hundred characters
            1_048_576, // sheet rows: the most a spreadsheet application allows
            2_000_000, // sheet cells: the H-CLIC and Insolvency Service sheets hold tens of thousands
            2L << 30, // an entry: the postcode directory's CSV is about 1 GB
            64L << 20, // an XLSX part: a sheet of the Insolvency Service workbook is a few MB of XML
            200, // compression ratio
            256L << 20, // a JSON document: a Stat-Xplore cube at LSOA level is a few MB; boundaries stream
            1_000_000, // a JSON string
            64); // JSON depth: GeoJSON multipolygons nest 5 deep, Stat-Xplore cubes one per field

    /** {@code "1,000,000 characters (read limit maxRecordChars)"}: how a failure names the bound it met. */
    public static String name(String bound, long value, String unit) {
        return String.format(Locale.ROOT, "%,d %s (read limit %s)", value, unit, bound);
    }

    /** Fails a sheet of {@code source} that holds more than {@code maxSheetCells} once row {@code row} is read. */
    public void checkSheetCells(String source, long held, long row) throws RejectedInputException {
        if (held > maxSheetCells()) {
            throw new RejectedInputException(
                    source,
                    String.format(
                            Locale.ROOT,
                            "holds more than %s by row %,d",
                            name("maxSheetCells", maxSheetCells(), "cells"),
                            row));
        }
    }
}
