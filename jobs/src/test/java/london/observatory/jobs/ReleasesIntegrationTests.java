package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each publish is a release in {@code releases/<run id>/} (full and open databases, search index, map
 * boundaries, release.json)
 * that {@code data/observatory.duckdb} points at; the open database shows the counts made from borough case
 * lists only through disclosure control, and the record keys behind it are the same from build to build.
 */
class ReleasesIntegrationTests {

    private static final String CASE_LISTS = "camden-housing-register,southwark-council-tax-arrears";
    private static final String SECRET = "--OBSERVATORY_DISCLOSURE_SECRET=a secret for the release tests only";

    @TempDir
    static Path dataDir;

    static ObservatoryRun.Outcome run;

    @TempDir
    Path other;

    @BeforeAll
    static void publish() {
        run = ObservatoryRun.defaultRun(dataDir, "nomis-claimant-count," + CASE_LISTS, SECRET);
    }

    @Test
    void theDatabasesInTheDataDirectoryAreLinksToTheLatestRelease() throws Exception {
        assertThat(run.exitCode()).isZero();
        String id = onlyRelease(dataDir);
        Path release = dataDir.resolve("releases").resolve(id);
        assertThat(Files.readSymbolicLink(dataDir.resolve("observatory.duckdb")))
                .isEqualTo(Path.of("releases", id, "observatory.duckdb"));
        assertThat(Files.readSymbolicLink(dataDir.resolve("observatory-open.duckdb")))
                .isEqualTo(Path.of("releases", id, "observatory-open.duckdb"));
        assertThat(release.resolve("search")).isDirectory();
        for (String level : List.of("lsoa21", "msoa21", "ward", "lad")) {
            assertThat(release.resolve("boundaries/" + level + ".geojson.gz")).isRegularFile();
        }
        assertThat(Files.readString(release.resolve("release.json")))
                .contains("\"id\" : \"" + id + "\"", "\"sample\" : true", "\"tableVersion\" : \"v1\"")
                .containsPattern("\"lsoa21\" : \\{\\s+\"features\" : 4994,");
        assertThat(ObservatoryRun.query(dataDir, "SELECT DISTINCT run_id FROM runs"))
                .containsExactly(id);
    }

    @Test
    void theOpenDatabaseHasOnlyProtectedValuesOfTheCaseListsOnEveryLsoa() throws SQLException {
        Path open = dataDir.resolve("observatory-open.duckdb");
        // every LSOA of the spine in each month of each list: a row's presence says nothing
        assertThat(
                        query(
                                open,
                                "SELECT feed, count(*), count(DISTINCT area_code), count(*) FILTER (flag = 'perturbed'),"
                                        + " count(*) FILTER (value BETWEEN 1 AND 9) FROM observations WHERE feed IN"
                                        + " ('camden-housing-register', 'southwark-council-tax-arrears') GROUP BY 1 ORDER BY 1"))
                .containsExactly(
                        "camden-housing-register|9988|4994|9988|0", "southwark-council-tax-arrears|9988|4994|9988|0");
        assertThat(query(open, "SELECT count(*) FROM duckdb_columns() WHERE column_name = 'cell_key'"))
                .containsExactly("0");
        assertThat(query(
                        open,
                        "SELECT count(*) FROM reconciliation WHERE feed IN ('camden-housing-register',"
                                + " 'southwark-council-tax-arrears')"))
                .containsExactly("0");
        assertThat(query(open, "SELECT feed, rows_read, rows_written, source_url FROM runs ORDER BY feed"))
                .containsExactly(
                        "camden-housing-register|null|null|null",
                        "nomis-claimant-count|9670|9988|" + "file://" + ObservatoryRun.repoRoot()
                                + "/data-samples/nomis/claimant-count/offset-0.csv",
                        "southwark-council-tax-arrears|null|null|null");
        // other feeds are as in the full database
        assertThat(query(open, "SELECT count(*), sum(value) FROM observations WHERE feed = 'nomis-claimant-count'"))
                .isEqualTo(ObservatoryRun.query(
                        dataDir, "SELECT count(*), sum(value) FROM observations WHERE feed = 'nomis-claimant-count'"));
    }

    @Test
    void aBoroughsOpenTotalIsTheSumOfItsProtectedLsoaValues() throws SQLException {
        Path open = dataDir.resolve("observatory-open.duckdb");
        assertThat(query(
                        open,
                        "SELECT r.period_start, r.value = s.total, r.flag FROM observation_rollups r JOIN (SELECT"
                                + " o.period_start, sum(o.value) AS total FROM observations o JOIN areas a ON a.code ="
                                + " o.area_code WHERE o.feed = 'camden-housing-register' AND a.lad_code = 'E09000007'"
                                + " GROUP BY 1) s USING (period_start) WHERE r.indicator_id ="
                                + " 'camden-housing-register-applications' AND r.area_code = 'E09000007' ORDER BY 1"))
                .containsExactly("2024-01-01|true|perturbed", "2024-02-01|true|perturbed");
    }

    @Test
    void recordKeysAreTheSameInTwoBuildsWithTheSameSecretAndDifferUnderAnother() throws SQLException {
        String cells = "SELECT area_code, period_start, value, cell_key FROM observations WHERE cell_key IS NOT NULL"
                + " ORDER BY ALL";
        Path same = other.resolve("same");
        Path another = other.resolve("another");
        ObservatoryRun.defaultRun(same, CASE_LISTS, SECRET);
        ObservatoryRun.defaultRun(
                another, CASE_LISTS, "--OBSERVATORY_DISCLOSURE_SECRET=another secret, as long as the first");

        List<String> first = ObservatoryRun.query(dataDir, cells);
        assertThat(first).hasSize(31).isEqualTo(ObservatoryRun.query(same, cells));
        assertThat(ObservatoryRun.query(another, cells)).hasSize(31).isNotEqualTo(first);
    }

    @Test
    void onlyTheLastReleasesAreKeptAndTheLiveOneIsNeverRemoved() throws Exception {
        Path dir = other.resolve("kept");
        for (int i = 0; i < 3; i++) {
            ObservatoryRun.defaultRun(dir, "fingertips-self-harm-admissions", "--observatory.releases.keep=2");
        }
        List<String> ids;
        try (var entries = Files.list(dir.resolve("releases"))) {
            ids = entries.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertThat(ids).hasSize(2);
        assertThat(Files.readSymbolicLink(dir.resolve("observatory.duckdb")))
                .isEqualTo(Path.of("releases", ids.get(1), "observatory.duckdb"));
    }

    private static String onlyRelease(Path dataDir) throws Exception {
        try (var entries = Files.list(dataDir.resolve("releases"))) {
            return entries.map(p -> p.getFileName().toString())
                    .reduce((a, b) -> {
                        throw new AssertionError("more than one release: " + a + ", " + b);
                    })
                    .orElseThrow();
        }
    }

    private static List<String> query(Path database, String sql) throws SQLException {
        return ObservatoryRun.queryFile(database, sql);
    }
}
