package london.observatory.connectors.borough;

import static london.observatory.connectors.borough.BoroughRecordSamples.CAMDEN_FEBRUARY;
import static london.observatory.connectors.borough.BoroughRecordSamples.CAMDEN_JANUARY;
import static london.observatory.connectors.borough.BoroughRecordSamples.HACKNEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.LandedFeed;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Borough case lists landed from a drop folder or one file: only the kept columns ever reach the data directory. */
class RecordLanderTest {

    private static final Instant AT = Instant.parse("2024-03-05T02:00:00Z");

    @TempDir
    Path dataDir;

    @Test
    void aDropFolderLandsEachFileCutDownToSourceLinePostcodeAndDate() throws IOException {
        LandedFeed landed = land("camden-housing-register", sample(BoroughRecordSamples.CAMDEN_FOLDER));

        assertThat(landed.pages()).hasSize(2);
        List<CSVRecord> january = read(landed.pages().get(0), StandardCharsets.UTF_8);
        List<CSVRecord> february = read(landed.pages().get(1), StandardCharsets.UTF_8);
        assertThat(january).hasSize(CAMDEN_JANUARY);
        assertThat(february).hasSize(CAMDEN_FEBRUARY);
        assertThat(january.get(0).getParser().getHeaderNames())
                .containsExactly("source_line", "record_key", "postcode", "date");
        // The third record's address holds a line break, so every later record starts a line further down.
        assertThat(january).extracting(r -> r.get("source_line")).startsWith("2", "3", "4", "6", "7");
        // February's drop renamed every column; the aliases found them.
        assertThat(february.get(CAMDEN_FEBRUARY - 1).get("source_line")).isEqualTo(String.valueOf(CAMDEN_FEBRUARY + 1));
        List<CSVRecord> original =
                read(sample(BoroughRecordSamples.CAMDEN_FOLDER).resolve("2024-02.csv"), StandardCharsets.UTF_8);
        for (int i = 0; i < CAMDEN_FEBRUARY; i++) {
            assertThat(february.get(i).get("postcode"))
                    .isEqualTo(original.get(i).get("Post Code"));
            assertThat(february.get(i).get("date")).isEqualTo(original.get(i).get("Application Date"));
        }
        assertThat(textUnder(dataDir)).doesNotContain(droppedValues(original, "Ref", "Name", "Address Line 1"));
    }

    @Test
    void aWindows1252FileIsReadInItsOwnEncodingAndLandsAsUtf8() throws IOException {
        Path file = sample(BoroughRecordSamples.HACKNEY_FILE);
        LandedFeed landed = land("hackney-temporary-accommodation", file);

        List<CSVRecord> kept = read(landed.pages().get(0), StandardCharsets.UTF_8);
        List<CSVRecord> original = read(file, Charset.forName("windows-1252"));
        assertThat(kept).hasSize(HACKNEY);
        assertThat(kept)
                .extracting(r -> r.get("postcode"))
                .isEqualTo(original.stream().map(r -> r.get("Post Code")).toList());
        // Ó Súilleabháin, Müller, Peña: read correctly, and then nowhere to be found.
        assertThat(original.get(0).get("Surname")).isEqualTo("Ó Súilleabháin");
        assertThat(textUnder(dataDir))
                .doesNotContain(droppedValues(original, "Case Number", "Surname", "Forename", "Placement Address"));
    }

    @Test
    void aFileWithoutAKeptColumnFailsTheFetchSayingWhichAndKeepsNothingOfIt(@TempDir Path sources) throws IOException {
        Path file = sources.resolve("drop.csv");
        Files.writeString(
                file, "Ref,Full Name,Home Address,Application Date\nR1,Ann Example,1 Any Street,05/03/2024\n");

        assertThatThrownBy(() -> land("camden-housing-register", file))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("camden-housing-register: drop.csv has no column for 'postcode'");
        assertThat(textUnder(dataDir)).contains("FAILED").doesNotContain("Ann Example", "1 Any Street");
    }

    @Test
    void aZipDroppedWhereACsvIsExpectedFailsTheFetchSayingWhatItIs(@TempDir Path sources) throws IOException {
        Path file = sources.resolve("x.csv");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.putNextEntry(new ZipEntry("x.csv"));
            zip.write("Ref,Full Name,Postcode,Application Date\nR1,Ann Example,SE10 8AA,05/03/2024\n"
                    .getBytes(StandardCharsets.UTF_8));
        }

        assertThatThrownBy(() -> land("camden-housing-register", file))
                .isInstanceOf(FetchException.class)
                .hasMessage("camden-housing-register: file x.csv is a ZIP archive, not CSV text");
    }

    @Test
    void aRecordCutShortLandsAsItsLineNumberAloneSoIngestQuarantinesIt(@TempDir Path sources) throws IOException {
        Path file = sources.resolve("drop.csv");
        Files.writeString(
                file,
                "Ref,Full Name,Postcode,Application Date\nR1,Ann Example,SE10 8AA,05/03/2024\n"
                        + "R2,Bob Example,SE10 8AA\n");

        LandedFeed landed = land("camden-housing-register", file);

        assertThat(Files.readString(landed.pages().get(0)))
                .isEqualTo("source_line,record_key,postcode,date\n2,"
                        + TestKeyer.KEYER.keyOf(
                                "camden-housing-register", List.of("R1", "Ann Example", "SE10 8AA", "05/03/2024"))
                        + ",SE10 8AA,05/03/2024\n3\n");
        assertThat(textUnder(dataDir)).doesNotContain("Bob Example", "R2,");
    }

    @Test
    void aLinkInTheDropFolderToAFileOutsideItIsRefusedNamingFeedAndFile(@TempDir Path root) throws IOException {
        Path drops = Files.createDirectories(root.resolve("drops"));
        Files.copy(sample(BoroughRecordSamples.CAMDEN_FOLDER).resolve("2024-01.csv"), drops.resolve("2024-01.csv"));
        Path outside =
                Files.writeString(root.resolve("elsewhere.csv"), "Postcode,Date of Application\nNW3 9MM,01/01/2024\n");
        Files.createSymbolicLink(drops.resolve("2024-02.csv"), outside);

        assertThatThrownBy(() -> land("camden-housing-register", drops))
                .isInstanceOf(FetchException.class)
                .hasMessage("camden-housing-register: refused 2024-02.csv in the drop folder " + drops
                        + ": it is a link to a file outside the folder (put the file itself in the folder)");
        assertThat(textUnder(dataDir)).doesNotContain("NW3 9MM");
    }

    @Test
    void aLinkToAFileInsideTheDropFolderIsLandedLikeTheFileItself(@TempDir Path root) throws IOException {
        Path drops = Files.createDirectories(root.resolve("drops"));
        Path archive = Files.createDirectories(drops.resolve("archive"));
        Files.copy(sample(BoroughRecordSamples.CAMDEN_FOLDER).resolve("2024-01.csv"), archive.resolve("january.csv"));
        Files.createSymbolicLink(drops.resolve("2024-01.csv"), Path.of("archive", "january.csv"));

        LandedFeed landed = land("camden-housing-register", drops);

        assertThat(landed.pages()).hasSize(1);
        assertThat(read(landed.pages().get(0), StandardCharsets.UTF_8)).hasSize(CAMDEN_JANUARY);
    }

    @Test
    void aDropFolderReachedThroughALinkIsItsOwnRealFolder(@TempDir Path root) throws IOException {
        Path real = Files.createDirectories(root.resolve("real-drops"));
        Files.copy(sample(BoroughRecordSamples.CAMDEN_FOLDER).resolve("2024-01.csv"), real.resolve("2024-01.csv"));
        Path configured = Files.createSymbolicLink(root.resolve("drops"), real);

        assertThat(land("camden-housing-register", configured).pages()).hasSize(1);
    }

    @Test
    void theSameDropsAgainAreUnchanged() {
        land("camden-housing-register", sample(BoroughRecordSamples.CAMDEN_FOLDER));
        FeedDescriptor feed = feed("camden-housing-register", sample(BoroughRecordSamples.CAMDEN_FOLDER));
        Fetcher fetcher = Fetcher.standard(dataDir, Clock.systemUTC());
        LandedFeed first = new RecordLander(fetcher, TestKeyer.KEYER).land(feed, AT);
        fetcher.states().save(feed.id(), first.stateAfterCommit());

        assertThat(new RecordLander(fetcher, TestKeyer.KEYER)
                        .land(feed, AT.plusSeconds(86_400))
                        .unchanged())
                .isTrue();
    }

    private LandedFeed land(String feedId, Path source) {
        return new RecordLander(Fetcher.standard(dataDir, Clock.systemUTC()), TestKeyer.KEYER)
                .land(feed(feedId, source), AT);
    }

    private static FeedDescriptor feed(String feedId, Path source) {
        return Descriptors.read(FeedCatalog.FOLDER + feedId + ".json")
                .withUrl(source.toUri().toString());
    }

    static Path sample(String name) {
        return RepoFiles.dataSamples(BoroughRecordSamples.DIR).resolve(name);
    }

    static List<CSVRecord> read(Path file, Charset charset) throws IOException {
        try (Reader reader = CsvFiles.reader(file, charset);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CsvFiles.WITH_HEADER)
                        .get()) {
            return parser.getRecords();
        }
    }

    /** Every value of the dropped columns long enough to be told apart from chance (not "3"). */
    static String[] droppedValues(List<CSVRecord> records, String... columns) {
        List<String> values = new ArrayList<>();
        for (CSVRecord record : records) {
            for (String column : columns) {
                String value = record.get(column).strip();
                if (value.length() >= 4) {
                    values.add(value);
                }
            }
        }
        assertThat(values).as("the fixture has personal data to look for").isNotEmpty();
        return values.toArray(String[]::new);
    }

    /** Every file under {@code dir} as text (all the lander writes is text: pages and manifests). */
    static String textUnder(Path dir) throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                all.append(Files.readString(f, StandardCharsets.ISO_8859_1)).append('\n');
                all.append(new String(Files.readAllBytes(f), StandardCharsets.UTF_8))
                        .append('\n');
            }
        }
        return all.toString();
    }
}
