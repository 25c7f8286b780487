package london.observatory.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import london.observatory.RepoFiles;
import london.observatory.connectors.insolvency.InsolvencyTable;
import london.observatory.connectors.nomis.NomisApiFormat;
import london.observatory.connectors.statxplore.StatXploreCube;
import london.observatory.connectors.statxplore.StatXploreFormatException;
import london.observatory.descriptor.DescriptorException;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.Fetcher;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.source.CsvSourceTable;
import london.observatory.source.RejectedInputException;
import london.observatory.source.SourceRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The crashes the bad-input corpus found, one test each, on the smallest file that shows it: each used to
 * escape its reader as an exception no operator could act on (a bare Commons CSV or Jackson exception naming
 * no file, raw control bytes in a message, a POI getter's complaint) or held the run for seconds.
 */
class CorpusFindingsTest {

    @TempDir
    Path dir;

    @Test
    void aQuoteNeverClosedBeforeTheEndOfAFileNamesTheFileAndTheLineNotJustCommonsCsv() throws IOException {
        // corpus: nomis-bulk-csv/census2021-ts001-lsoa.csv/truncate/20261208 (a file cut inside a quoted name)
        Path file = write("cut.csv", "\"date\",\"geography\"\n\"2021\",\"City of London 001A\"\n\"2021\",\"City of");

        Throwable thrown = catchThrowable(() -> readAll(file));

        assertThat(thrown)
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file cut.csv line 3: not valid CSV: (startline 3) EOF reached before encapsulated"
                        + " token finished");
    }

    @Test
    void aCharacterAfterAClosingQuoteNamesTheFileAndTheLineNotJustCommonsCsv() throws IOException {
        // corpus: nomis-bulk-csv/census2021-ts001-lsoa.csv/quote-unclosed/20261207
        Path file = write("quote.csv", "\"a\",\"b\"\n\"1\",\"2\"\n\"\"3\",\"4\"\n");

        Throwable thrown = catchThrowable(() -> readAll(file));

        assertThat(thrown).isInstanceOf(RejectedInputException.class);
        assertThat(thrown.getMessage())
                .startsWith("file quote.csv line 3: not valid CSV: Invalid character between encapsulated token and"
                        + " delimiter");
    }

    @Test
    void aPostcodeDirectoryCutInsideAQuoteNamesTheFileNotJustCommonsCsv() throws IOException {
        // corpus: postcode-directory/nspl_sample.csv/truncate/20261207
        String header = Files.readAllLines(RepoFiles.dataSamples("postcodes/nspl_sample.csv"))
                .get(0);
        Path file = write("nspl.csv", header + "\n\"NW3 9MM\",\"NW3  9");

        Throwable thrown = catchThrowable(() -> PostcodeDirectory.load(file, code -> true));

        assertThat(thrown.getMessage())
                .isEqualTo("cannot read " + file + ": file nspl.csv is not valid CSV: (startline 2) EOF reached"
                        + " before encapsulated token finished");
    }

    @Test
    void aDescriptorThatIsAZipArchiveIsRefusedWithoutQuotingItsControlBytes() throws IOException {
        // corpus: feed-descriptor/camden-housing-register.json/zip-instead/0
        Path file = dir.resolve("camden-housing-register.json");
        Files.write(file, Zips.of(java.util.List.of(new Zips.Entry("x.json", "{}".getBytes(StandardCharsets.UTF_8)))));

        Throwable thrown = catchThrowable(() -> Descriptors.read(file));

        assertThat(thrown).isInstanceOf(DescriptorException.class);
        assertThat(thrown.getMessage()).contains("not valid JSON: Unrecognized token 'PK\\x03\\x04");
        assertThat(thrown.getMessage().chars()).noneMatch(c -> c < 0x20 || c == 0x7f);
    }

    @Test
    void anXlsxRowNumberedInTheBillionsIsRefusedAtTheSheetRowBoundInsteadOfSteppingThroughEveryRow()
            throws IOException {
        // corpus: insolvency-xlsx/<sample>/row-number-huge/20261207 (took over 5 s and a GB of heap)
        Path file = insolvency(x -> x.replace("<row r=\"6\">", "<row r=\"2000000000\">"));

        Throwable thrown = catchThrowable(() -> InsolvencyTable.open(file, InsolvencyTable.Statistic.COUNT));

        assertThat(thrown)
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining(
                        "has a row numbered 2,000,000,000, past 1,048,576 rows (read limit maxSheetRows)");
    }

    @Test
    void anXlsxNumberCellHoldingTextIsRefusedNamingTheCellNotWithPoisGetterMessage() throws IOException {
        // corpus: insolvency-xlsx/<sample>/number-not-a-number/20261207
        Path file = insolvency(x ->
                x.replaceFirst("<c r=\"D6\" t=\"n\" s=\"1\"><v>[^<]*</v>", "<c r=\"D6\" t=\"n\" s=\"1\"><v>abc</v>"));

        Throwable thrown = catchThrowable(() -> InsolvencyTable.open(file, InsolvencyTable.Statistic.COUNT));

        assertThat(thrown)
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file insolvency.xlsx#Table_2 row 6 column D: a cell whose value is not of its type"
                        + " (Cannot get a NUMERIC value from a STRING cell)");
    }

    @Test
    void aStatXploreMeasureLabelOfTheWrongKindIsAFormatErrorNotJacksonsCoercionFailure() throws IOException {
        // made again from its name: a measure's label turned into an empty array
        CorpusInput input = BadInputCorpus.byName("statxplore-json/uc-conditionality-lsoa.json/type-change/20261211");
        Path file = Files.write(dir.resolve(input.fileName()), input.bytes());

        Throwable thrown = catchThrowable(() -> StatXploreCube.open(file));

        assertThat(thrown).isInstanceOf(StatXploreFormatException.class);
        assertThat(thrown.getMessage()).startsWith("uc-conditionality-lsoa.json: not a Stat-Xplore table: ");
    }

    @Test
    void aNomisPageThatIsNotTextIsRefusedInItsOwnLineNotAsAPastedExceptionClass() throws IOException {
        // corpus: nomis-api-page/offset-0.csv/gzip/0 ("cannot land the response in <dir>:
        // london.observatory.source.RejectedInputException: ...")
        Throwable thrown = catchThrowable(() -> landNomis("nomis-api-page/offset-0.csv/gzip/0"));

        assertThat(thrown.getMessage())
                .isEqualTo("nomis-claimant-count: file page-00000.csv is gzip-compressed data, not CSV text");
    }

    @Test
    void aNomisPageWithAQuoteNeverClosedNamesThePageNotCommonsCsvsException() throws IOException {
        // corpus: nomis-api-page/offset-0.csv/field-wrong-value/20261207 (a lone quote in a field)
        Throwable thrown = catchThrowable(() -> landNomis("nomis-api-page/offset-0.csv/field-wrong-value/20261207"));

        assertThat(thrown.getMessage())
                .startsWith("nomis-claimant-count: unreadable page from file:")
                .endsWith(": file page-00000.csv is not valid CSV: (startline 16) EOF reached before encapsulated"
                        + " token finished")
                .doesNotContain("Exception");
    }

    @Test
    void anXlsxSheetCutShortIsSaidInTheXmlParsersWordsNotAsAPastedXmlExceptionClass() throws IOException {
        // corpus: insolvency-xlsx/<sample>/sheet-truncate/20261207
        Path file = insolvency(x -> x.substring(0, x.length() / 2));

        Throwable thrown = catchThrowable(() -> InsolvencyTable.open(file, InsolvencyTable.Statistic.COUNT));

        assertThat(thrown.getMessage())
                .isEqualTo("insolvency.xlsx is not an XLSX file: XML document structures must start and end"
                        + " within the same entity.");
    }

    /** Lands a corpus input as the claimant count feed's one page, as the nightly job's Nomis pager does. */
    private void landNomis(String name) throws IOException {
        CorpusInput input = BadInputCorpus.byName(name);
        Path file =
                Files.write(Files.createDirectories(dir.resolve("source")).resolve(input.fileName()), input.bytes());
        FeedDescriptor feed = Descriptors.read(FeedCatalog.FOLDER + "nomis-claimant-count.json")
                .withUrl(file.toUri().toString());
        new NomisApiFormat(Fetcher.standard(dir.resolve("data"), Clock.systemUTC()), null)
                .lander()
                .land(feed, Instant.parse("2024-03-05T02:00:00Z"));
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    private static void readAll(Path file) throws IOException {
        try (CsvSourceTable table = CsvSourceTable.open(file, "UTF-8")) {
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                assertThat(row).isNotNull();
            }
        }
    }

    /** The Insolvency Service sample with its Table_2 sheet's XML changed. */
    private Path insolvency(java.util.function.UnaryOperator<String> sheet) throws IOException {
        byte[] sample = Files.readAllBytes(
                RepoFiles.dataSamples("insolvency/Individual_insolvencies_by_location_age_and_gender_2023.xlsx"));
        String part = "xl/worksheets/sheet5.xml";
        String xml = new String(Zips.part(sample, part), StandardCharsets.UTF_8);
        String changed = sheet.apply(xml);
        assertThat(changed).isNotEqualTo(xml);
        return Files.write(
                dir.resolve("insolvency.xlsx"), Zips.replace(sample, part, changed.getBytes(StandardCharsets.UTF_8)));
    }
}
