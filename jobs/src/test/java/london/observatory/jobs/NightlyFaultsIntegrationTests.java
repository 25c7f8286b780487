package london.observatory.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole nightly job against a Nomis API played by WireMock: bad rows, a changed header, a missing
 * dataset and an unchanged source, each with the operator's view (exit code, summary line) and the data's.
 */
class NightlyFaultsIntegrationTests {

    private static final String DATASET = "/api/v01/dataset/NM_162_1.data.csv";

    @TempDir
    Path dataDir;

    private WireMockServer nomis;

    @BeforeEach
    void start() {
        nomis = new WireMockServer(wireMockConfig().dynamicPort());
        nomis.start();
    }

    @AfterEach
    void stop() {
        nomis.stop();
    }

    @Test
    void kBadRowsAreQuarantinedExactlyWithTheirLineNumbersAndTheRestIsPublished() throws Exception {
        serve(fixture("three-bad-rows.csv"));

        ObservatoryRun.Outcome run = nightly();

        assertThat(run.exitCode()).isZero();
        // E01999999 is not in London's lookups: counted outside-london, not a bad row
        assertThat(run.output()).containsPattern("nomis-claimant-count\\s+ingested\\s+307\\s+308\\s+2");
        Path quarantine = onlyFile(dataDir.resolve("quarantine/nomis-claimant-count"));
        assertThat(Files.readAllLines(quarantine))
                .containsExactly(
                        "file,line,reason,raw",
                        "page-00000.csv,102,OBS_VALUE is not a number: 'forty',\"2025-09,E01990050,298,forty,A,100,307\"",
                        "page-00000.csv,252,date '2025-13' is not a Nomis month or year,\"2025-13,E01990051,298,40,A,250,307\"");
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*), sum(value) FROM observations"))
                .containsExactly("308|18580.0");
    }

    @Test
    void tooManyBadRowsFailTheFeedAndNothingOfItIsPublished() throws Exception {
        serve(fixture("too-many-bad-rows.csv"));

        ObservatoryRun.Outcome run = nightly();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .containsPattern("FAILED nomis-claimant-count: 6 of 158 rows \\(3\\.8%\\) are bad, "
                        + "more than the 1\\.0% allowed; see .*quarantine/nomis-claimant-count/.*\\.csv");
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations"))
                .containsExactly("0");
        assertThat(dataDir.resolve("parquet/observations/feed=nomis-claimant-count"))
                .doesNotExist();
        assertThat(Files.readAllLines(onlyFile(dataDir.resolve("quarantine/nomis-claimant-count"))))
                .hasSize(1 + 6);
    }

    @Test
    void aRenamedColumnFailsTheFeedBeforeAnythingIsWritten() throws Exception {
        serve(fixture("renamed-column.csv"));

        ObservatoryRun.Outcome run = nightly();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .contains(
                        "FAILED nomis-claimant-count: page-00000.csv has no column OBS_STATUS or OBS_STATUS_NAME "
                                + "(header: DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS_CODE,RECORD_OFFSET,RECORD_COUNT)");
        assertThat(dataDir.resolve("parquet/observations/feed=nomis-claimant-count"))
                .doesNotExist();
        assertThat(dataDir.resolve("staging")).doesNotExist();
        assertThat(dataDir.resolve("quarantine")).doesNotExist();
        assertThat(ObservatoryRun.query(dataDir, "SELECT outcome FROM runs")).containsExactly("failed");
    }

    @Test
    void aMissingDatasetFailsOnceWithoutRetryAndKeepsTheLastGoodData() throws Exception {
        serve(sample());
        assertThat(nightly().exitCode()).isZero();
        nomis.resetAll();
        nomis.stubFor(get(urlPathEqualTo(DATASET)).willReturn(aResponse().withStatus(404)));

        ObservatoryRun.Outcome run = nightly();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.output())
                .containsPattern("FAILED nomis-claimant-count: GET http://localhost:\\d+" + DATASET.replace(".", "\\.")
                        + "\\?.* returned 404 Not Found \\(permanent, not retried\\)");
        nomis.verify(1, getRequestedFor(urlPathEqualTo(DATASET)));
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*), sum(value) FROM observations"))
                .containsExactly("308|18580.0");
        assertThat(ObservatoryRun.query(dataDir, "SELECT outcome FROM runs ORDER BY run_id"))
                .containsExactly("ingested", "failed");
    }

    @Test
    void aNotModifiedAnswerSkipsTheFeed() throws Exception {
        nomis.stubFor(get(urlPathEqualTo(DATASET))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/csv")
                        .withHeader("ETag", "\"cc-2025-10\"")
                        .withBody(sample())));
        assertThat(nightly().exitCode()).isZero();
        nomis.stubFor(get(urlPathEqualTo(DATASET))
                .withHeader("If-None-Match", equalTo("\"cc-2025-10\""))
                .willReturn(aResponse().withStatus(304)));

        ObservatoryRun.Outcome run = nightly();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).containsPattern("nomis-claimant-count\\s+unchanged");
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations"))
                .containsExactly("308");
    }

    /**
     * A source URL with a user and password and a signature: what the run prints and logs, the landings'
     * manifests, the feed state and every published file (the database's {@code runs} read back as well) hold
     * only the masked URL, after a good run and after a failed one.
     */
    @Test
    void credentialsInTheSourceUrlReachNoLogManifestStateOrPublishedRow() throws Exception {
        List<String> secrets = List.of("usr7x", "pw-Q9z", "SIG-77aa");
        String url = nomis.baseUrl().replace("http://", "http://usr7x:pw-Q9z@") + DATASET + "?sig=SIG-77aa";
        String masked = nomis.baseUrl().replace("http://", "http://***@") + DATASET + "?sig=***";
        serve(sample());
        ObservatoryRun.Outcome good =
                ObservatoryRun.nightly(dataDir, "--observatory.feeds.nomis-claimant-count.url=" + url);
        assertThat(good.exitCode()).as(good.output()).isZero();
        nomis.resetAll();
        nomis.stubFor(get(urlPathEqualTo(DATASET)).willReturn(aResponse().withStatus(503)));

        ObservatoryRun.Outcome failed = ObservatoryRun.nightly(
                dataDir, "--observatory.feeds.nomis-claimant-count.url=" + url, "--observatory.http.max-attempts=2");

        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.output()).contains("FAILED nomis-claimant-count: GET " + masked + "&");
        assertThat(ObservatoryRun.query(dataDir, "SELECT outcome, source_url, message FROM runs ORDER BY run_id"))
                .hasSize(2)
                .allSatisfy(row -> assertThat(row).contains(masked + "&"))
                .last()
                .asString()
                // no request was recorded, so the row names the feed's URL, masked too
                .startsWith("failed|" + masked + "|GET " + masked + "&")
                .endsWith(" after 2 attempts");
        assertThat(Files.readString(dataDir.resolve("state/nomis-claimant-count.json")))
                .contains(masked + "&");
        assertThat(Files.readString(dataDir.resolve("logs/observatory.log"))).contains(masked + "&");
        for (String secret : secrets) {
            assertThat(good.output() + failed.output()).doesNotContain(secret);
        }
        try (Stream<Path> files = Files.walk(dataDir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String bytes = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                secrets.forEach(secret -> assertThat(bytes).as(file.toString()).doesNotContain(secret));
            }
        }
    }

    private ObservatoryRun.Outcome nightly() {
        return ObservatoryRun.nightly(
                dataDir, "--observatory.feeds.nomis-claimant-count.url=" + nomis.baseUrl() + DATASET);
    }

    private void serve(String body) {
        nomis.stubFor(get(urlPathEqualTo(DATASET))
                .willReturn(aResponse()
                        .withStatus(200)
                        .withHeader("Content-Type", "text/csv")
                        .withBody(body)));
    }

    /** The data-samples response as one page (both months), as the live API would send it. */
    private static String sample() throws IOException {
        return fixture("three-bad-rows.csv")
                        .lines()
                        .filter(line ->
                                !line.contains("E01999999") && !line.contains("forty") && !line.startsWith("2025-13"))
                        .map(line -> line.replaceFirst(",307$", ",304"))
                        .reduce((a, b) -> a + "\n" + b)
                        .orElseThrow()
                + "\n";
    }

    private static String fixture(String name) throws IOException {
        try (var in = NightlyFaultsIntegrationTests.class.getResourceAsStream("/fixtures/nomis/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.reduce((a, b) -> {
                        throw new AssertionError("more than one file in " + dir);
                    })
                    .orElseThrow();
        }
    }
}
