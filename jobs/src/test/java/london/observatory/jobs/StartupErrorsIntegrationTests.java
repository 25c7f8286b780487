package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.jobs.ObservatoryRun.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A setting the run cannot use stops it before it starts with one line naming the setting or file, what
 * was found and what to do, and exit code 78; the stack trace is in {@code <data-dir>/logs/observatory.log},
 * not on the console. Until then each printed 100 to 160 lines of Spring's stack trace and exited 1. Two
 * cases run the real command line in a separate JVM (its exit code is the process's); the others run in
 * this JVM, where the exit code is the one the main method gives for the failure.
 */
class StartupErrorsIntegrationTests {

    private static final int CONFIGURATION = 78;
    private static final String TRACE_LOG = "logs/observatory.log";

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    @Test
    void aMissingGeographyFileIsOneLineAndExit78WithTheTraceInTheLogUnderARelativeDataDirectory() throws Exception {
        Path missing = work.resolve("nope.csv");
        SeparateJvm run = SeparateJvm.nightly(
                work,
                Path.of("data"),
                work.resolve("console.txt"),
                List.of("--observatory.geography.lsoa21-lookup=" + missing));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(CONFIGURATION);
        assertThat(run.output().lines().toList())
                .containsExactly("observatory.geography.lsoa21-lookup: no file at " + missing
                        + "; set it to the file's path (a relative path is read from the directory the command runs"
                        + " in) (stack trace in data/" + TRACE_LOG + ")");
        assertTraceLogged(work.resolve("data"), "ConfigurationException: observatory.geography.lsoa21-lookup");
    }

    @Test
    void aPropertyThatDoesNotBindIsOneLineAndExit78() throws Exception {
        SeparateJvm run =
                SeparateJvm.nightly(dataDir, work.resolve("console.txt"), List.of("--observatory.ingest.workers=two"));

        assertThat(run.exitCode()).as(run.output()).isEqualTo(CONFIGURATION);
        assertThat(run.output().lines().toList())
                .containsExactly("observatory.ingest.workers: \"two\" is not a valid int (For input string: \"two\");"
                        + " change the value" + traceIn(dataDir));
        assertTraceLogged(dataDir, "BindException");
    }

    /** Zero workers used to fail every feed "without an error message" and publish an empty database. */
    @Test
    void aSettingOutOfItsBoundsIsOneLineAndExit78BeforeTheRunStarts() throws Exception {
        Outcome run = ObservatoryRun.failedStart(dataDir, "--observatory.ingest.workers=0");

        assertOneLine(run, "observatory.ingest.workers: \"0\" must be greater than or equal to 1; change the value");
        assertTraceLogged(dataDir, "BindValidationException");
        assertThat(dataDir.resolve("observatory.duckdb")).doesNotExist();
        assertThat(dataDir.resolve("releases")).doesNotExist();
    }

    /** A job repository nothing answers at (a wrong host or port, a database down) used to exit 1 as a bug. */
    @Test
    void aJobRepositoryThatCannotBeReachedIsOneLineAndExit78() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Outcome run = ObservatoryRun.failedStart(
                dataDir,
                "--spring.datasource.url=jdbc:postgresql://127.0.0.1:" + closed + "/observatory",
                "--spring.datasource.username=observatory",
                "--spring.datasource.password=not-printed");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(CONFIGURATION);
        assertThat(run.output().lines().toList())
                .singleElement()
                .asString()
                .startsWith("the job repository cannot be opened: Connection to 127.0.0.1:" + closed + " refused.")
                .contains("(SQL state 08001); check its URL (spring.datasource.url, OBSERVATORY_DB_URL under the prod"
                        + " profile), that the database is running and reachable from here, and its user and password")
                .doesNotContain("not-printed");
    }

    @Test
    void aGeographyFileWithOtherColumnsNamesThePropertyAndTheHeaderFound() throws Exception {
        Path population = ObservatoryRun.repoRoot().resolve("data-samples/nomis/census2021-ts001-lsoa.csv");
        Outcome run = ObservatoryRun.failedStart(dataDir, "--observatory.geography.lsoa21-lookup=" + population);

        assertOneLine(
                run,
                "observatory.geography.lsoa21-lookup: " + population + ": missing required column LSOA21CD; header"
                        + " found: [date, geography, geography code, Residence type: Total; measures: Value,"
                        + " Residence type: Lives in a household; measures: Value, Residence type: Lives in a"
                        + " communal establishment; measures: Value]; check that observatory.geography.lsoa21-lookup"
                        + " names the right file");
        assertTraceLogged(dataDir, "missing required column LSOA21CD");
    }

    @Test
    void aMissingPostcodeDirectoryIsFoundBeforeTheRunForAFeedThatNeedsIt() throws Exception {
        Path missing = work.resolve("nspl.csv");
        Outcome run = ObservatoryRun.failedStart(
                dataDir,
                "--observatory.feed-ids=southwark-council-tax-arrears",
                "--observatory.geography.postcode-directory=" + missing);

        assertOneLine(
                run,
                "observatory.geography.postcode-directory: no file at " + missing
                        + " (needed by southwark-council-tax-arrears); set it to the file's path");
    }

    @Test
    void aMissingBoundaryFileIsFoundBeforeTheRunThatWouldPublishWithoutIt() throws Exception {
        Path missing = work.resolve("lsoa21.geojson");
        Outcome run = ObservatoryRun.failedStart(dataDir, "--observatory.geography.lsoa21-boundaries=" + missing);

        assertOneLine(
                run,
                "observatory.geography.lsoa21-boundaries: no file at " + missing + "; set it to the LSOA 2021"
                        + " boundaries (GeoJSON), or leave it empty for releases without map boundaries");
    }

    @Test
    void aPostcodeDirectoryInNoKnownLayoutNamesTheColumnsLookedFor() throws Exception {
        Path lookup = ObservatoryRun.repoRoot()
                .resolve("data-samples/london/geography/london_lsoa21_msoa21_lad22_lookup.csv");
        Outcome run = ObservatoryRun.failedStart(
                dataDir,
                "--observatory.feed-ids=camden-housing-register",
                "--observatory.geography.postcode-directory=" + lookup);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(CONFIGURATION);
        assertThat(run.output().lines().toList())
                .singleElement()
                .asString()
                .startsWith("observatory.geography.postcode-directory (needed by camden-housing-register): " + lookup
                        + ": not a recognised ONS postcode directory header; looked for a postcode column")
                .endsWith("; set it to an ONS postcode directory (NSPL, ONSPD or a postcode to output area lookup)"
                        + traceIn(dataDir));
    }

    @Test
    void aGpPracticeFeedWithoutRegistrationsSaysWhichSettingItNeeds() throws Exception {
        Outcome run = ObservatoryRun.failedStart(
                dataDir,
                "--observatory.feed-ids=fingertips-depression-prevalence-gp",
                "--observatory.geography.gp-registrations=");

        assertOneLine(
                run,
                "observatory.geography.gp-registrations: not set, and fingertips-depression-prevalence-gp needs it"
                        + " to place its rows; set it to the file's path, or leave fingertips-depression-prevalence-gp"
                        + " out of observatory.feed-ids");
    }

    @Test
    void anUnknownFeedIdListsTheKnownOnes() throws Exception {
        Outcome run = ObservatoryRun.failedStart(dataDir, "--observatory.feed-ids=nope");

        assertOneLine(run, "observatory.feed-ids: no feed nope (known: " + known() + ")");
        assertTraceLogged(dataDir, "DescriptorException: observatory.feed-ids: no feed nope");
    }

    @Test
    void aUrlOverrideForAnUnknownFeedNamesTheProperty() throws Exception {
        Outcome run = ObservatoryRun.failedStart(dataDir, "--observatory.feeds.nope.url=file:/nowhere/");

        assertOneLine(run, "observatory.feeds.nope.url: no feed nope (known: " + known() + ")");
        assertTraceLogged(dataDir, "DescriptorException: observatory.feeds.nope.url");
    }

    @Test
    void aBadDescriptorInTheFeedsFolderNamesItsFileAndKey() throws Exception {
        Path feeds = Files.createDirectories(work.resolve("feeds"));
        Path bad = Files.writeString(feeds.resolve("bad.json"), "{\"id\": \"bad\", \"nope\": 1}");
        Outcome run = ObservatoryRun.failedStart(dataDir, "--observatory.feeds-dir=" + feeds);

        assertOneLine(
                run,
                bad + ": $.nope: unknown key (allowed: id, title, format, source, columns, maxBadRowShare, dataTests,"
                        + " licence, cadence, nextRelease, lateAfterDays, nativeGeography, accessTier, encoding, apportionDown, indicators,"
                        + " mapping, records, disclosure) (and 8 more)");
        assertTraceLogged(dataDir, "DescriptorException: " + bad);
    }

    private void assertOneLine(Outcome run, String message) {
        assertThat(run.exitCode()).as(run.output()).isEqualTo(CONFIGURATION);
        assertThat(run.output().lines().toList()).containsExactly(message + traceIn(dataDir));
    }

    private static String traceIn(Path dataDir) {
        return " (stack trace in " + dataDir.resolve(TRACE_LOG) + ")";
    }

    private static void assertTraceLogged(Path dataDir, String exception) throws Exception {
        String log = Files.readString(dataDir.resolve(TRACE_LOG), StandardCharsets.UTF_8);
        assertThat(log).contains(exception).contains("\tat london.observatory.");
    }

    private static String known() {
        return String.join(", ", FeedCatalog.feedIds());
    }
}
