package london.observatory.jobs.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every connector fault test shares: each source family's faults run through the whole nightly job on
 * the default (real London) geography, only the feed under test runs, its URL points at WireMock serving the
 * data-samples file in the source's true format, and each test checks what the operator sees (exit code, summary line) and what is published
 * (the DuckDB observations, the runs table). Retries wait 10 ms and a server's Retry-After is capped at
 * 20 ms; the Stat-Xplore rate-limit tests fix the run's clock and set the reset 300 ms after it. Tests
 * assert the waits the job chose (its log lines) and exact figures (rows, line numbers, request counts),
 * never how long anything took.
 *
 * <p>Paging: only the Nomis API pages ({@code RECORD_COUNT}/{@code recordoffset}), covered by
 * {@link NomisApiPagingFaultsIntegrationTests} for the claimant count over two pages. Nomis Census tables
 * are bulk ZIP downloads, one file per table; the Datastore serves one dataset document then one resource;
 * Stat-Xplore answers a whole cube to one {@code POST /table}. None of those has pages.
 */
abstract class ConnectorFaultsFixture {

    /** Caps any Retry-After, so a server asking for minutes costs the test 20 ms. */
    static final String MAX_RETRY_DELAY = "--observatory.http.max-retry-delay=20ms";

    /**
     * Each feed's observations from its data-samples file (a {@code file:} URL, no HTTP), computed once per
     * JVM: every test of a feed compares against them, and each family's class has its own feeds.
     */
    private static final Map<String, List<String>> SAMPLE_OBSERVATIONS = new HashMap<>();

    @TempDir
    static Path sampleRuns;

    @TempDir
    Path dataDir;

    WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    /** The nightly job with only {@code feedId}, pointed at {@code url}, on the system clock. */
    ObservatoryRun.Outcome nightlyOf(String feedId, String url, String... extra) {
        return nightlyOf(null, feedId, url, extra);
    }

    /** The nightly job with only {@code feedId}, pointed at {@code url}, "now" from {@code clock} (null: the system's). */
    ObservatoryRun.Outcome nightlyOf(Clock clock, String feedId, String url, String... extra) {
        List<String> args = new ArrayList<>(List.of("--observatory.feeds." + feedId + ".url=" + url, MAX_RETRY_DELAY));
        args.addAll(List.of(extra));
        return ObservatoryRun.defaultRun(clock, dataDir, feedId, args.toArray(String[]::new));
    }

    /** What the feed under test published (the only feed of its runs), as {@link ObservatoryRun#observations} gives it. */
    List<String> published() throws SQLException {
        return ObservatoryRun.observations(dataDir);
    }

    /** The runs table's outcomes, oldest first. */
    List<String> outcomes() throws SQLException {
        return ObservatoryRun.query(dataDir, "SELECT outcome FROM runs ORDER BY run_id");
    }

    /** The feed's observations when the job reads its data-samples file directly. */
    static synchronized List<String> sampleObservations(String feedId) throws Exception {
        if (!SAMPLE_OBSERVATIONS.containsKey(feedId)) {
            Path dir = sampleRuns.resolve(feedId);
            ObservatoryRun.Outcome run = ObservatoryRun.defaultRun(dir, feedId);
            assertThat(run.exitCode()).as("the sample run of " + feedId).isZero();
            SAMPLE_OBSERVATIONS.put(feedId, ObservatoryRun.observations(dir));
        }
        return SAMPLE_OBSERVATIONS.get(feedId);
    }

    /**
     * Makes this test's data directory a copy of the feed's sample run ({@link #sampleObservations}): the last
     * good data a fault must keep, without a first run of its own in every test.
     */
    void startFromTheSampleRun(String feedId) throws Exception {
        sampleObservations(feedId);
        Path sample = sampleRuns.resolve(feedId);
        try (Stream<Path> paths = Files.walk(sample)) {
            for (Path path : paths.toList()) {
                Path copy = dataDir.resolve(sample.relativize(path).toString());
                if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(path, copy, LinkOption.NOFOLLOW_LINKS, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    /** The files under {@code dir}, sorted; none when it does not exist. */
    static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static byte[] sample(String path) throws IOException {
        return Files.readAllBytes(
                ObservatoryRun.repoRoot().resolve("data-samples").resolve(path));
    }

    static ResponseDefinitionBuilder ok(byte[] body) {
        return aResponse().withStatus(200).withBody(body);
    }

    /** Headers promising the whole body, then half of it, then the connection closes. */
    static ResponseDefinitionBuilder cutShortOfContentLength(byte[] body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Length", Integer.toString(body.length))
                .withBody(Arrays.copyOf(body, body.length / 2));
    }

    static String failureLine(ObservatoryRun.Outcome run) {
        return run.output()
                .lines()
                .filter(line -> line.startsWith("FAILED "))
                .reduce((a, b) -> {
                    throw new AssertionError("more than one failure line:\n" + a + "\n" + b);
                })
                .orElseThrow(() -> new AssertionError("no failure line in:\n" + run.output()));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).as("files in " + dir).hasSize(1);
            return all.get(0);
        }
    }

    static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry file = new ZipEntry(entry);
            file.setTime(0); // the same bytes every time
            zip.putNextEntry(file);
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
