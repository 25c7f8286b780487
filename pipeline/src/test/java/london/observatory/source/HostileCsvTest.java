package london.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVParser;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files no CSV reader should take in: the probe's 50 MB line with no newline, and files that are not CSV text
 * at all (ZIP, UTF-16, NUL bytes, an HTML page). Each fails at once in one line naming the file, the line
 * where it applies and the reason or the bound, and stops reading at the bound, so memory stays flat.
 */
class HostileCsvTest {

    private static final String FEED = "camden-housing-register";

    @TempDir
    Path dir;

    @Test
    void aFiftyMegabyteLineWithNoNewlineFailsAtTheRecordBoundInOneShortLine() throws IOException {
        Path file = dir.resolve("endless.csv");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] chunk = new byte[1 << 20];
            Arrays.fill(chunk, (byte) 'x');
            for (int i = 0; i < 50; i++) {
                out.write(chunk); // 50 MB, never held as one string
            }
        }

        RejectedInputException rejected =
                catchThrowableOfType(RejectedInputException.class, () -> CsvSourceTable.open(file, "auto"));

        assertThat(rejected)
                .hasMessage("file endless.csv line 1: a record longer than 1,000,000 characters"
                        + " (read limit maxRecordChars)");
        assertThat(ReadFailure.message(FEED, file, rejected))
                .isEqualTo("camden-housing-register: file endless.csv line 1: a record longer than 1,000,000"
                        + " characters (read limit maxRecordChars)");
    }

    @Test
    void anEndlessLineIsReadOnlyUpToTheBound() {
        EndlessSource endless = new EndlessSource("");
        BoundedCsvReader bounded =
                new BoundedCsvReader(endless, StandardCharsets.UTF_8, "endless.csv", ReadLimits.DEFAULT);

        assertThat(rejection(() -> CSVParser.builder()
                        .setReader(bounded)
                        .setFormat(CsvFiles.WITH_HEADER)
                        .get()))
                .hasMessage("file endless.csv line 1: a record longer than 1,000,000 characters"
                        + " (read limit maxRecordChars)");
        // Read a buffer past the bound at most: what Commons CSV held stayed under the bound.
        assertThat(endless.supplied).isBetween(1_000_001L, 1_000_000L + 2 * 65_536);
    }

    @Test
    void aQuoteNeverClosedIsSaidWhenItMakesTheRestOfTheFileOneRecord() {
        EndlessSource rows = new EndlessSource("a,b\n1,\"2\n3,4\n");
        BoundedCsvReader bounded =
                new BoundedCsvReader(rows, StandardCharsets.UTF_8, "open-quote.csv", limits(1_000, 1_000));

        assertThat(rejection(() -> {
                    try (CSVParser parser = CSVParser.builder()
                            .setReader(bounded)
                            .setFormat(CsvFiles.WITH_HEADER)
                            .get()) {
                        parser.iterator().next();
                    }
                }))
                .hasMessage("file open-quote.csv line 2: a record longer than 1,000 characters"
                        + " (read limit maxRecordChars), inside a quoted field (a quote never closed?)");
    }

    @Test
    void aFileWithMoreRecordsThanTheBoundFailsOnTheFirstRecordPastIt() throws IOException {
        Path file = dir.resolve("rows.csv");
        Files.writeString(file, "a,b\n1,2\n3,4\n5,6\n7,8\n9,10\n");

        assertThat(readAll(file, "UTF-8", limits(1_000, 3)))
                .hasMessage("file rows.csv line 4: more than 3 records (read limit maxRowsPerFile)");
    }

    @Test
    void utf16WithAByteOrderMarkIsSaidToBeUtf16() throws IOException {
        Path little = dir.resolve("utf16le.csv");
        Files.write(
                little,
                bytes(new byte[] {(byte) 0xFF, (byte) 0xFE}, "Postcode,Date\n".getBytes(StandardCharsets.UTF_16LE)));
        Path big = dir.resolve("utf16be.csv");
        Files.write(
                big,
                bytes(new byte[] {(byte) 0xFE, (byte) 0xFF}, "Postcode,Date\n".getBytes(StandardCharsets.UTF_16BE)));

        assertThatThrownBy(() -> CsvSourceTable.open(little, "auto"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file utf16le.csv is UTF-16 little-endian text (byte order mark FF FE), not CSV text");
        assertThatThrownBy(() -> CsvSourceTable.open(big, "UTF-8"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file utf16be.csv is UTF-16 big-endian text (byte order mark FE FF), not CSV text");
    }

    @Test
    void utf16WithoutAByteOrderMarkIsToldFromOtherBinaryData() throws IOException {
        Path file = dir.resolve("utf16.csv");
        Files.write(file, "Postcode,Date\nNW1 1AA,01/02/2024\n".getBytes(StandardCharsets.UTF_16LE));

        assertThatThrownBy(() -> CsvSourceTable.open(file, "auto"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file utf16.csv is UTF-16 text without a byte order mark (a NUL byte beside each"
                        + " character), not CSV text");
    }

    @Test
    void nulBytesAtTheStartAreBinaryData() throws IOException {
        Path file = dir.resolve("nul.csv");
        Files.write(
                file,
                bytes("Postcode,Da".getBytes(StandardCharsets.US_ASCII), new byte[] {0, 0, 7}, "te\n".getBytes()));

        assertThatThrownBy(() -> CsvSourceTable.open(file, "auto"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file nul.csv is binary data (a NUL byte at offset 11), not CSV text");
    }

    @Test
    void aNulByteFarIntoTheFileFailsOnItsLineAndNoMessageCarriesIt() throws IOException {
        Path file = dir.resolve("late-nul.csv");
        StringBuilder text = new StringBuilder("Postcode,Date\n");
        for (int i = 0; i < 1_000; i++) {
            text.append("NW1 1AA,01/02/2024\n"); // past the first 8 KB that are looked at first
        }
        text.append("NW1 \u0000AA,01/02/2024\n");
        Files.writeString(file, text);

        RejectedInputException rejected = readAll(file, "auto", ReadLimits.DEFAULT);

        assertThat(rejected).hasMessage("file late-nul.csv line 1002: a NUL character: binary data, not CSV text");
        assertThat(rejected.getMessage()).doesNotContain("\u0000");
    }

    @Test
    void anHtmlPageServedInsteadOfACsvIsSaidToBeOneWithItsTitle() throws IOException {
        Path file = dir.resolve("register.csv");
        Files.writeString(
                file,
                "\n  <!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
                        + "<title>\n Sign in \u2013 Camden\u001B[31m </title></head><body>...</body></html>");

        assertThatThrownBy(() -> CsvSourceTable.open(file, "auto"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file register.csv is an HTML page titled \"Sign in \u2013 Camden\\x1B[31m\""
                        + " (a login or error page?), not CSV text");
    }

    @Test
    void aZipGivenWhereACsvIsExpectedIsSaidToBeOneWithTheFeed() throws IOException {
        Path file = dir.resolve("x.csv");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("x.csv"));
            zip.write("Postcode,Date\n".getBytes(StandardCharsets.UTF_8));
        }

        RejectedInputException rejected =
                catchThrowableOfType(RejectedInputException.class, () -> CsvSourceTable.open(file, "auto"));

        assertThat(ReadFailure.message(FEED, file, rejected))
                .isEqualTo("camden-housing-register: file x.csv is a ZIP archive, not CSV text");
    }

    @Test
    void bytesThatAreNotTheNamedEncodingAreSaidWithTheirLineNotAsInputLength1() throws IOException {
        Path file = dir.resolve("latin.csv");
        Files.write(
                file,
                bytes(
                        "Name,Value\nok,1\n".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xA3},
                        "5,2\n".getBytes()));

        assertThat(readAll(file, "UTF-8", ReadLimits.DEFAULT))
                .hasMessage("file latin.csv line 3: bytes that are not UTF-8 text (the descriptor's encoding,"
                        + " or \"auto\" to detect UTF-8 or Windows-1252)");
    }

    @Test
    void aMissingColumnQuotesOnlyAShortEscapedPrefixOfAHugeHeader() {
        List<String> header = List.of("Area\u0000\u001B[2J", "x".repeat(100_000));

        assertThatThrownBy(() -> HeaderCheck.positions(FEED, Path.of("wide.csv"), header, List.of("Postcode")))
                .isInstanceOf(SchemaMismatchException.class)
                .satisfies(e -> {
                    assertThat(e.getMessage())
                            .startsWith("camden-housing-register: wide.csv has no column Postcode (header:"
                                    + " Area\\x00\\x1B[2J,xxx")
                            .endsWith("xxx... (100,010 characters))")
                            .hasSizeLessThan(300)
                            .doesNotContain("\u0000", "\u001B");
                });
    }

    private static ReadLimits limits(int maxRecordChars, long maxRowsPerFile) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(
                maxRecordChars,
                maxRowsPerFile,
                d.maxCellChars(),
                d.maxSheetRows(),
                d.maxSheetCells(),
                d.maxEntryBytes(),
                d.maxWorkbookPartBytes(),
                d.maxCompressionRatio(),
                d.maxJsonBytes(),
                d.maxJsonStringChars(),
                d.maxJsonDepth());
    }

    private static byte[] bytes(byte[]... parts) {
        int length = 0;
        for (byte[] part : parts) {
            length += part.length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /** Opens {@code file} and reads every row: the rejection, wherever it comes (a buffer ahead of the rows). */
    private static RejectedInputException readAll(Path file, String encoding, ReadLimits limits) {
        return rejection(() -> {
            try (CsvSourceTable table = CsvSourceTable.open(file, encoding, null, limits)) {
                while (table.next() != null) {
                    // read on
                }
            }
        });
    }

    private static RejectedInputException rejection(ThrowingCallable reading) {
        Throwable thrown = catchThrowable(reading);
        assertThat(thrown).as("thrown").isNotNull();
        RejectedInputException rejected = CsvFiles.rejectionIn(thrown);
        assertThat(rejected).as("a rejection in %s", thrown).isNotNull();
        return rejected;
    }

    /** Bytes: {@code start}, then {@code x} for ever, counting what it gave. */
    private static final class EndlessSource extends InputStream {

        private final byte[] start;
        long supplied;

        EndlessSource(String start) {
            this.start = start.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public int read() {
            return supplied < start.length ? start[(int) supplied++] : fill();
        }

        private int fill() {
            supplied++;
            return 'x';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            for (int i = 0; i < length; i++) {
                buffer[offset + i] = supplied + i < start.length ? start[(int) supplied + i] : (byte) 'x';
            }
            supplied += length;
            return length;
        }
    }
}
