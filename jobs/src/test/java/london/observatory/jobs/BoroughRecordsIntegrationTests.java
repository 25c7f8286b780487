package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The three sample borough case lists through the nightly job: counted per LSOA 2021 and month with every
 * record accounted for, bad records quarantined by the line the borough can find them on, and no trace of
 * the names, addresses and reference numbers anywhere under the data directory or in what the run prints.
 * The sample files and their planted defects are made by {@code BoroughRecordSamples} (pipeline tests).
 */
class BoroughRecordsIntegrationTests {

    private static final String CAMDEN = "camden-housing-register";
    private static final String HACKNEY = "hackney-temporary-accommodation";
    private static final String SOUTHWARK = "southwark-council-tax-arrears";

    @TempDir
    static Path dataDir;

    private static ObservatoryRun.Outcome run;

    @BeforeAll
    static void runTheBoroughFeeds() {
        run = ObservatoryRun.defaultRun(dataDir, String.join(",", CAMDEN, HACKNEY, SOUTHWARK));
    }

    @Test
    void everyReadableRecordIsCountedOnceOrReconciledWithItsReason() throws SQLException {
        assertThat(run.exitCode()).isZero();
        // Camden: 40 + 40 records; one impossible date (quarantined); a pseudo, unknown, non-London and
        // empty postcode (unmatched); the terminated postcode still counts. Hackney and Southwark: 30 each,
        // one bad date each.
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT feed, outcome, rows_read, rows_quarantined FROM runs ORDER BY 1"))
                .containsExactly(CAMDEN + "|ingested|80|1", HACKNEY + "|ingested|30|1", SOUTHWARK + "|ingested|30|1");
        assertThat(
                        ObservatoryRun.query(
                                dataDir,
                                "SELECT feed, sum(value)::INT, min(area_level), min(method), "
                                        + "max(method), min(period_type), max(period_type) FROM observations GROUP BY 1 ORDER BY 1"))
                .containsExactly(
                        CAMDEN + "|75|lsoa21|postcode|postcode|month|month",
                        HACKNEY + "|29|lsoa21|postcode|postcode|month|month",
                        SOUTHWARK + "|29|lsoa21|postcode|postcode|month|month");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT period_start, sum(value)::INT FROM observations " + "WHERE feed = '" + CAMDEN
                                + "' GROUP BY 1 ORDER BY 1"))
                .containsExactly("2024-01-01|40", "2024-02-01|35");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT status, coalesce(reason, ''), records, value::INT, "
                                + "coalesce(len(top_codes), 0) FROM reconciliation WHERE feed = '" + CAMDEN
                                + "' ORDER BY 1, 2"))
                .containsExactly(
                        "matched||75|75|0",
                        "matched|terminated-postcode|1|null|0",
                        "placed||" + placedRows(CAMDEN) + "|75|0",
                        "unmatched|invalid|1|1|0",
                        "unmatched|outside-london|1|1|0",
                        "unmatched|pseudo-code|1|1|0",
                        "unmatched|unknown-code|1|1|0");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT DISTINCT access_tier FROM indicators WHERE feed IN ('"
                                + String.join("', '", CAMDEN, HACKNEY, SOUTHWARK) + "')"))
                .containsExactly("restricted");
    }

    @Test
    void badRecordsAreQuarantinedUnderTheLineTheBoroughsFileHasThemOn() throws IOException {
        // the landed row: its line in the borough's file, its record key (0-255), then the kept columns
        assertThat(quarantined(CAMDEN))
                .singleElement()
                .asString()
                .matches("page-00001\\.csv\\|12\\|date '31/02/2024' is in none of the formats \\[dd/MM/yyyy,"
                        + " yyyy-MM-dd\\]\\|12,\\d{1,3},NW1 2MV,31/02/2024");
        assertThat(quarantined(HACKNEY))
                .singleElement()
                .asString()
                .startsWith("page-00000.csv|8|date '2024-13-01T09:00:00'");
        assertThat(quarantined(SOUTHWARK))
                .singleElement()
                .asString()
                .matches("page-00000\\.csv\\|20\\|no date\\|20,\\d{1,3},SE1 .*");
    }

    @Test
    void noPersonalDataFromTheBoroughFilesAppearsAnywhereUnderTheDataDirectory() throws Exception {
        Set<String> personal = new LinkedHashSet<>();
        personal.addAll(personalData(CAMDEN, "camden-housing-register/2024-01.csv", StandardCharsets.UTF_8));
        personal.addAll(personalData(CAMDEN, "camden-housing-register/2024-02.csv", StandardCharsets.UTF_8));
        personal.addAll(personalData(HACKNEY, "hackney-temporary-accommodation.csv", Charset.forName("windows-1252")));
        personal.addAll(personalData(SOUTHWARK, "southwark-council-tax-arrears.csv", StandardCharsets.UTF_8));
        assertThat(personal)
                .contains("Full Name", "Surname", "Account Holder", "Ó Súilleabháin")
                .hasSizeGreaterThan(300);

        List<Path> files;
        try (Stream<Path> all = Files.walk(dataDir)) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files)
                .anyMatch(f -> f.toString().endsWith(".parquet"))
                .anyMatch(f -> f.toString().endsWith(".duckdb"))
                .anyMatch(f -> f.toString().contains("quarantine"))
                .anyMatch(f -> f.toString().contains("raw"));
        for (Path file : files) {
            String content = readable(file);
            assertThat(personal)
                    .as("personal data in %s", dataDir.relativize(file))
                    .noneMatch(content::contains);
        }
        assertThat(personal).as("personal data in what the run printed").noneMatch(run.output()::contains);
    }

    private static long placedRows(String feed) throws SQLException {
        return Long.parseLong(
                ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations WHERE feed = '" + feed + "'")
                        .get(0));
    }

    private static List<String> quarantined(String feed) throws IOException {
        Path folder = dataDir.resolve("quarantine").resolve(feed);
        try (Stream<Path> files = Files.list(folder)) {
            List<String> rows = new ArrayList<>();
            for (Path file : files.toList()) {
                for (CSVRecord r : read(file, StandardCharsets.UTF_8)) {
                    rows.add(String.join("|", r.toList()));
                }
            }
            return rows;
        }
    }

    /**
     * The names and values of every column the feed's descriptor does not keep (the ones that hold names,
     * addresses and references), long enough that finding one elsewhere is no coincidence.
     */
    private static Set<String> personalData(String feedId, String sample, Charset charset) throws IOException {
        FeedDescriptor feed = Descriptors.read(FeedCatalog.FOLDER + feedId + ".json");
        Set<String> kept = new LinkedHashSet<>();
        feed.records().columns().forEach((name, aliases) -> {
            kept.add(normalise(name));
            aliases.forEach(a -> kept.add(normalise(a)));
        });
        List<CSVRecord> records =
                read(ObservatoryRun.repoRoot().resolve("data-samples/borough").resolve(sample), charset);
        Set<String> personal = new LinkedHashSet<>();
        for (String column : records.get(0).getParser().getHeaderNames()) {
            if (kept.contains(normalise(column))) {
                continue;
            }
            if (column.length() >= 5) {
                personal.add(column);
            }
            for (CSVRecord r : records) {
                String value = r.get(column).strip();
                if (value.length() >= 4) {
                    personal.add(value);
                }
            }
        }
        return personal;
    }

    private static String normalise(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * What a file holds, as text someone could read: Parquet and DuckDB files through DuckDB (their pages are
     * compressed, so their bytes would hide a name), every other file as UTF-8 and as Latin-1 bytes.
     */
    private static String readable(Path file) throws IOException, SQLException {
        String name = file.getFileName().toString();
        if (name.endsWith(".parquet")) {
            return everyValue("SELECT * FROM read_parquet('" + file + "')", null);
        }
        if (name.endsWith(".duckdb")) {
            return everyValue(null, file);
        }
        byte[] bytes = Files.readAllBytes(file);
        return new String(bytes, StandardCharsets.UTF_8) + "\n" + new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String everyValue(String sql, Path database) throws SQLException {
        StringBuilder text = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            List<String> queries = new ArrayList<>();
            if (sql != null) {
                queries.add(sql);
            } else {
                s.execute("ATTACH '" + database + "' AS published (READ_ONLY)");
                try (ResultSet tables = s.executeQuery("SELECT table_name FROM information_schema.tables "
                        + "WHERE table_catalog = 'published' AND table_type = 'BASE TABLE'")) {
                    while (tables.next()) {
                        queries.add("SELECT * FROM published.\"" + tables.getString(1) + "\"");
                    }
                }
            }
            for (String query : queries) {
                try (ResultSet r = s.executeQuery(query)) {
                    int columns = r.getMetaData().getColumnCount();
                    for (int i = 1; i <= columns; i++) {
                        text.append(r.getMetaData().getColumnName(i)).append('\n');
                    }
                    while (r.next()) {
                        for (int i = 1; i <= columns; i++) {
                            text.append(r.getString(i)).append('\n');
                        }
                    }
                }
            }
        }
        return text.toString();
    }

    private static List<CSVRecord> read(Path file, Charset charset) throws IOException {
        try (Reader reader = CsvFiles.reader(file, charset);
                CSVParser parser = CSVParser.builder()
                        .setReader(reader)
                        .setFormat(CsvFiles.WITH_HEADER)
                        .get()) {
            return parser.getRecords();
        }
    }
}
