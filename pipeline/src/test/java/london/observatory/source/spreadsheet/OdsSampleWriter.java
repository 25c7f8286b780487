package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes sample sheets as an OpenDocument spreadsheet the way LibreOffice saves one: merged cells as
 * a spanned cell plus {@code covered-table-cell}s, runs of equal cells and blank rows compressed with
 * {@code number-columns-repeated}/{@code number-rows-repeated}, rows padded to 1,024 columns and the
 * sheet to 1,048,576 rows, numbers with {@code office:value} and their displayed text (thousands
 * separated). Written directly as XML (no ODS library is in the build) so the reader is tested on
 * the shape publishers' files really have.
 */
public final class OdsSampleWriter {

    private static final int COLUMNS = 1024;
    private static final int ROWS = 1_048_576;
    private static final String MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet";
    private static final String MANIFEST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">
             <manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
            </manifest:manifest>
            """;
    private static final String CONTENT_START = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
            + " xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\""
            + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
            + "<office:body><office:spreadsheet>";
    private static final String CONTENT_END = "</office:spreadsheet></office:body></office:document-content>";

    private OdsSampleWriter() {}

    public static void write(Path file, List<SampleSheet> sheets) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = Files.newOutputStream(file);
                ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mimetype = MIMETYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry first = fixed(new ZipEntry("mimetype"));
            first.setMethod(ZipEntry.STORED);
            first.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            first.setCrc(crc.getValue());
            zip.putNextEntry(first);
            zip.write(mimetype);
            zip.closeEntry();
            entry(zip, "META-INF/manifest.xml", MANIFEST);
            StringBuilder content = new StringBuilder(CONTENT_START);
            for (SampleSheet sheet : sheets) {
                table(content, sheet);
            }
            entry(zip, "content.xml", content.append(CONTENT_END).toString());
        }
    }

    private static ZipEntry fixed(ZipEntry entry) {
        entry.setTime(946_684_800_000L); // a fixed time, so regenerating gives the same bytes
        return entry;
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(fixed(new ZipEntry(name)));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void table(StringBuilder xml, SampleSheet sheet) {
        xml.append("<table:table table:name=\"")
                .append(escape(sheet.name))
                .append("\">")
                .append("<table:table-column table:number-columns-repeated=\"")
                .append(COLUMNS)
                .append("\"/>");
        int blanks = 0;
        for (int r = 0; r < sheet.rows.size(); r++) {
            if (isBlank(sheet, r)) {
                blanks++;
                continue;
            }
            blankRows(xml, blanks);
            blanks = 0;
            row(xml, sheet, r);
        }
        blankRows(xml, blanks + ROWS - sheet.rows.size());
        xml.append("</table:table>");
    }

    private static boolean isBlank(SampleSheet sheet, int r) {
        for (int c = 0; c < sheet.width(); c++) {
            if (sheet.cell(r, c) != null || sheet.mergeAt(r, c) != null) {
                return false;
            }
        }
        return true;
    }

    private static void blankRows(StringBuilder xml, int count) {
        if (count > 0) {
            xml.append("<table:table-row")
                    .append(count > 1 ? " table:number-rows-repeated=\"" + count + "\"" : "")
                    .append("><table:table-cell table:number-columns-repeated=\"")
                    .append(COLUMNS)
                    .append("\"/></table:table-row>");
        }
    }

    private static void row(StringBuilder xml, SampleSheet sheet, int r) {
        xml.append("<table:table-row>");
        int width = sheet.width();
        int c = 0;
        while (c < width) {
            MergedRange merge = sheet.mergeAt(r, c);
            if (merge != null && !merge.isTopLeft(r, c)) {
                xml.append("<table:covered-table-cell/>");
                c++;
            } else if (merge != null) {
                cell(xml, sheet.cell(r, c), 1, merge);
                c++;
            } else {
                int run = 1;
                while (c + run < width
                        && sheet.mergeAt(r, c + run) == null
                        && Objects.equals(sheet.cell(r, c), sheet.cell(r, c + run))) {
                    run++;
                }
                cell(xml, sheet.cell(r, c), run, null);
                c += run;
            }
        }
        xml.append("<table:table-cell table:number-columns-repeated=\"")
                .append(COLUMNS - width)
                .append("\"/>");
        xml.append("</table:table-row>");
    }

    private static void cell(StringBuilder xml, Object value, int repeated, MergedRange merge) {
        xml.append("<table:table-cell");
        if (repeated > 1) {
            xml.append(" table:number-columns-repeated=\"").append(repeated).append('"');
        }
        if (merge != null && merge.lastColumn() > merge.firstColumn()) {
            xml.append(" table:number-columns-spanned=\"")
                    .append(merge.lastColumn() - merge.firstColumn() + 1)
                    .append('"');
        }
        if (merge != null && merge.lastRow() > merge.firstRow()) {
            xml.append(" table:number-rows-spanned=\"")
                    .append(merge.lastRow() - merge.firstRow() + 1)
                    .append('"');
        }
        if (value instanceof Number number) {
            xml.append(" office:value-type=\"float\" office:value=\"")
                    .append(NumberText.plain(number.doubleValue()))
                    .append("\"><text:p>")
                    .append(displayed(number))
                    .append("</text:p></table:table-cell>");
        } else if (value != null) {
            xml.append(" office:value-type=\"string\"><text:p>")
                    .append(escape(value.toString()))
                    .append("</text:p></table:table-cell>");
        } else {
            xml.append("/>");
        }
    }

    /** How LibreOffice shows a number under a "#,##0" or "#,##0.00" format. */
    private static String displayed(Number number) {
        double d = number.doubleValue();
        String pattern = d == Math.rint(d) ? "#,##0" : "#,##0.00";
        return new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK)).format(d);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
