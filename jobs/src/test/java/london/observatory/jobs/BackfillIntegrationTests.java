package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 15: {@code observatory backfill <feed> --from <period> --to <period>}. The claimant count of the made-up
 * London (two months, 2025-09 and 2025-10, 152 source rows each) is published from its recording; then its source
 * changes every value (each doubled) and only 2025-10 is backfilled. Its job instance is the feed and the range:
 * run again once it completed, it is nothing to do; run again after it failed, it restarts the failed execution.
 */
class BackfillIntegrationTests {

    private static final String FEED = ObservatoryRun.FEED;
    private static final List<String> BACKFILL = List.of("backfill", FEED, "--from", "2025-10", "--to", "2025-10");
    /** The summary's first line, {@link #RUN_ID} standing for the run's id. */
    private static final String RUN_ID = "<run id>";

    private static final String HEADER = "backfill of " + FEED + " 2025-10-01..2025-10-31: run " + RUN_ID;
    /** The backfill's executions: status, run id, end. */
    private static final String EXECUTIONS = "SELECT e.STATUS, p.PARAMETER_VALUE, e.END_TIME FROM BATCH_JOB_EXECUTION e"
            + " JOIN BATCH_JOB_INSTANCE i ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID JOIN BATCH_JOB_EXECUTION_PARAMS p"
            + " ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID AND p.PARAMETER_NAME = 'run.id'"
            + " WHERE i.JOB_NAME = 'backfill' ORDER BY e.JOB_EXECUTION_ID";

    private static final String PER_PERIOD =
            "SELECT period, count(*), sum(value) FROM observations WHERE feed = '" + FEED + "' GROUP BY 1 ORDER BY 1";

    /** The nightly run, then the backfill of 2025-10 from the doubled source: a clean backfill. */
    @TempDir
    static Path cleanDir;

    @TempDir
    static Path sources;

    /** A copy of the data directory as the nightly run left it, for a backfill of its own. */
    @TempDir
    static Path nightlyOnly;

    static Path doubled;
    static List<String> beforeBackfill;
    static List<String> releasesBeforeBackfill;
    static String stateBeforeBackfill;
    static ObservatoryRun.Outcome backfill;

    @TempDir
    Path dataDir;

    @BeforeAll
    static void publishThenBackfill() throws Exception {
        doubled = doubledClaimantCount(sources);
        assertThat(ObservatoryRun.nightly(cleanDir).exitCode()).isZero();
        copy(cleanDir, nightlyOnly);
        beforeBackfill = ObservatoryRun.query(cleanDir, PER_PERIOD);
        releasesBeforeBackfill = releases(cleanDir);
        stateBeforeBackfill = Files.readString(cleanDir.resolve("state/" + FEED + ".json"));
        backfill = ObservatoryRun.command(cleanDir, BACKFILL, fromDoubled());
    }

    @Test
    void aBackfillRepublishesExactlyItsPeriodsAndRunAgainDoesNothing() throws Exception {
        assertThat(backfill.exitCode()).as(backfill.output()).isZero();
        String runId = runIdIn(backfill, HEADER);
        assertThat(backfill.output().lines().toList())
                .contains(
                        "backfill of " + FEED + " 2025-10-01..2025-10-31: run " + runId,
                        FEED + ": backfill of 2025-10-01..2025-10-31: 1 of 2 periods in the source committed"
                                + " (2025-10); the rest left as they were")
                .anyMatch(line -> line.matches(FEED + "\\s+ingested\\s+304\\s+154\\s+0\\s+\\S+"));
        // 2025-10 from the doubled source, 2025-09 as the nightly run published it, row for row
        assertThat(beforeBackfill).containsExactly("2025-09|154|9500.0", "2025-10|154|9080.0");
        assertThat(ObservatoryRun.query(cleanDir, PER_PERIOD))
                .containsExactly("2025-09|154|9500.0", "2025-10|154|18160.0");
        assertThat(ObservatoryRun.query(
                        cleanDir, "SELECT period, run_id, count(*) FROM observations GROUP BY ALL ORDER BY 1"))
                .containsExactly("2025-09|" + releasesBeforeBackfill.get(0) + "|154", "2025-10|" + runId + "|154");
        assertThat(releases(cleanDir)).containsExactly(releasesBeforeBackfill.get(0), runId);
        assertThat(ObservatoryRun.query(
                        cleanDir,
                        "SELECT outcome, rows_read, rows_written, rows_quarantined, message FROM runs WHERE run_id = '"
                                + runId + "'"))
                .containsExactly("ingested|304|154|0|backfill of 2025-10-01..2025-10-31: 1 of 2 periods in the source"
                        + " committed (2025-10); the rest left as they were");
        // the live data are not all of the source's bytes: the next nightly run must fetch them again
        assertThat(Files.readString(cleanDir.resolve("state/" + FEED + ".json")))
                .isEqualTo(stateBeforeBackfill);

        List<String> observations = ObservatoryRun.observations(cleanDir);
        ObservatoryRun.Outcome again = ObservatoryRun.command(cleanDir, BACKFILL, fromDoubled());

        String ended = repository(cleanDir, EXECUTIONS).get(0).split("\\|")[2].substring(0, 19);
        assertThat(again.exitCode()).isZero();
        assertThat(again.output().lines())
                .containsExactly("backfill of " + FEED + " 2025-10-01..2025-10-31 already completed in run " + runId
                        + " at " + ended + "; nothing to do");
        assertThat(repository(cleanDir, EXECUTIONS)).hasSize(1).allMatch(e -> e.startsWith("COMPLETED|" + runId + "|"));
        assertThat(releases(cleanDir)).containsExactly(releasesBeforeBackfill.get(0), runId);
        assertThat(ObservatoryRun.observations(cleanDir)).isEqualTo(observations);
    }

    @Test
    void aFailedBackfillRunAgainRestartsItsExecutionAndEndsAsACleanOne() throws Exception {
        copy(nightlyOnly, dataDir);
        List<String> published = ObservatoryRun.observations(dataDir);
        // A boundary file with no outline fails the publish, after the feed has committed.
        Path noOutlines = Files.writeString(
                sources.resolve("no-outlines.geojson"), "{\"type\": \"FeatureCollection\", \"features\": []}");

        ObservatoryRun.Outcome failed = ObservatoryRun.command(
                dataDir, BACKFILL, fromDoubled(), "--observatory.geography.lsoa21-boundaries=" + noOutlines);

        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(2);
        String failedRun = runIdIn(failed, HEADER);
        assertThat(failed.output().lines().toList())
                .anyMatch(line -> line.startsWith("PUBLISH FAILED, kept the last good database: release " + failedRun
                        + " failed: " + noOutlines + ": no outline for 154 of the spine's 154 LSOAs"))
                .endsWith("the same backfill again restarts this one: what it completed is not redone");
        assertThat(ObservatoryRun.observations(dataDir)).isEqualTo(published);

        ObservatoryRun.Outcome restarted = ObservatoryRun.command(dataDir, BACKFILL, fromDoubled());

        assertThat(restarted.exitCode()).as(restarted.output()).isZero();
        String restartRun = runIdIn(restarted, HEADER + ", restarting run " + failedRun);
        assertThat(restarted.output().lines().toList())
                .anyMatch(line -> line.matches(FEED + "\\s+committed\\s+in run " + failedRun + "; not redone"))
                .anyMatch(line -> line.startsWith("published "))
                .noneMatch(line -> line.contains(" ingested "));
        // one job instance, two executions; the second ran only the step that failed
        assertThat(repository(dataDir, "SELECT count(*) FROM BATCH_JOB_INSTANCE WHERE JOB_NAME = 'backfill'"))
                .containsExactly("1");
        assertThat(repository(dataDir, EXECUTIONS))
                .extracting(e -> e.substring(0, e.lastIndexOf('|')))
                .containsExactly("FAILED|" + failedRun, "COMPLETED|" + restartRun);
        assertThat(backfillSteps(dataDir))
                .containsExactly(
                        failedRun + "|FAILED|commit-" + FEED + "|COMPLETED",
                        failedRun + "|FAILED|fetch-" + FEED + "|COMPLETED",
                        failedRun + "|FAILED|ingest-" + FEED + "|COMPLETED",
                        failedRun + "|FAILED|ingest-" + FEED + "-worker:w0|COMPLETED",
                        failedRun + "|FAILED|ingest-" + FEED + "-worker:w1|COMPLETED",
                        failedRun + "|FAILED|publish|FAILED",
                        failedRun + "|FAILED|reference-tables|COMPLETED",
                        restartRun + "|COMPLETED|publish|COMPLETED");
        // the same published data as the clean backfill's, lineage included
        assertThat(ObservatoryRun.observations(dataDir)).isEqualTo(ObservatoryRun.observations(cleanDir));
        assertThat(ObservatoryRun.query(dataDir, PER_PERIOD)).isEqualTo(ObservatoryRun.query(cleanDir, PER_PERIOD));
        String lineage = "SELECT outcome, rows_read, rows_written, rows_quarantined, message FROM runs ORDER BY run_id";
        assertThat(ObservatoryRun.query(dataDir, lineage)).isEqualTo(ObservatoryRun.query(cleanDir, lineage));
        assertThat(releases(dataDir)).hasSize(2).last().isEqualTo(restartRun);
    }

    /** The run id the summary's first line names, the line being {@code header} with the id in it. */
    private static String runIdIn(ObservatoryRun.Outcome run, String header) {
        String pattern = "(?m)^" + Pattern.quote(header).replace(RUN_ID, "\\E(\\d{8}T\\d{9}Z)\\Q") + "$";
        Matcher first = Pattern.compile(pattern).matcher(run.output());
        assertThat(first.find())
                .as("a line " + header + " in:%n%s", run.output())
                .isTrue();
        return first.group(1);
    }

    private static String fromDoubled() {
        return "--observatory.feeds." + FEED + ".url=" + doubled.toUri();
    }

    /** The recording with every value doubled (a withheld value stays withheld): a source revised throughout. */
    private static Path doubledClaimantCount(Path into) throws IOException {
        Path recording = ObservatoryRun.repoRoot().resolve("pipeline/src/test/resources/made-up-london/claimant-count");
        Path copy = Files.createDirectories(into.resolve("claimant-count-doubled"));
        try (Stream<Path> pages = Files.list(recording)) {
            for (Path page : pages.toList()) {
                List<String> lines = new ArrayList<>();
                for (String line : Files.readAllLines(page)) {
                    String[] cells = line.split(",", -1);
                    if (!cells[3].isEmpty() && !cells[3].equals("OBS_VALUE")) {
                        cells[3] = String.valueOf(2 * Integer.parseInt(cells[3]));
                    }
                    lines.add(String.join(",", cells));
                }
                Files.write(copy.resolve(page.getFileName()), lines);
            }
        }
        return copy;
    }

    /** {@code from}'s files and folders into {@code to}, links as links (the latest release's are relative). */
    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }

    private static List<String> releases(Path dataDir) throws IOException {
        try (Stream<Path> ids = Files.list(dataDir.resolve("releases"))) {
            return ids.map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    /** Rows of a query on the Spring Batch job repository (the embedded H2 file), each row's values joined with '|'. */
    /** Each backfill execution's steps: its run id, the execution's status, the step and the step's status. */
    static List<String> backfillSteps(Path dataDir) throws Exception {
        return repository(
                dataDir,
                "SELECT p.PARAMETER_VALUE, e.STATUS, s.STEP_NAME, s.STATUS FROM BATCH_STEP_EXECUTION s"
                        + " JOIN BATCH_JOB_EXECUTION e ON e.JOB_EXECUTION_ID = s.JOB_EXECUTION_ID"
                        + " JOIN BATCH_JOB_EXECUTION_PARAMS p ON p.JOB_EXECUTION_ID = e.JOB_EXECUTION_ID"
                        + " AND p.PARAMETER_NAME = 'run.id' JOIN BATCH_JOB_INSTANCE i"
                        + " ON i.JOB_INSTANCE_ID = e.JOB_INSTANCE_ID WHERE i.JOB_NAME = 'backfill'"
                        + " ORDER BY e.JOB_EXECUTION_ID, s.STEP_NAME");
    }

    static List<String> repository(Path dataDir, String sql) throws SQLException {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("batch/jobrepository");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }
}
