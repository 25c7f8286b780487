package london.observatory.connectors.nomis;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FeedStateStore;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.FetchManifest;
import london.observatory.fetch.FetchOutcome;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.HttpGetter;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.PageRecord;
import london.observatory.fetch.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against WireMock serving the Nomis CSV API: one row per area × date, paged by {@code recordOffset}. */
class NomisPagerTest {

    private static final String PATH = "/api/v01/dataset/NM_162_1.data.csv";
    private static final String QUERY =
            "?geography=2013265927TYPE298&date=latestMINUS1-latest&gender=0&age=0&measure=1&measures=20100"
                    + "&select=date%2Cgeography_code%2Cgeography_typecode%2Cobs_value%2Cobs_status%2Crecord_offset%2Crecord_count";
    private static final Instant RUN = Instant.parse("2026-11-22T02:45:00Z");
    private static final Instant NEXT_RUN = Instant.parse("2026-11-23T02:45:00Z");

    @RegisterExtension
    static WireMockExtension nomis = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private final List<Duration> sleeps = new ArrayList<>();

    @Test
    void twoPagesLandInOrderWithTheirDigestsInTheManifest() throws Exception {
        stubPage(0, ok(fixture("two-pages/offset-0.csv")));
        stubPage(3, ok(fixture("two-pages/offset-3.csv")));

        LandedFeed landed = pager().land(claimantCount(), RUN);

        Path landing = dataDir.resolve("raw/nomis-claimant-count/20261122T024500Z");
        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.expectedRows()).isEqualTo(5);
        assertThat(landed.landingDir()).isEqualTo(landing);
        assertThat(landed.pages())
                .containsExactly(landing.resolve("page-00000.csv"), landing.resolve("page-00001.csv"));
        assertThat(dataRows(landed.pages()))
                .extracting(row -> row.split(",")[1])
                .containsExactly("E01000001", "E01000002", "E01000003", "E01000005", "E01000006");
        assertManifestDescribesPages(landing, landed.pages());
        nomis.verify(exactly(2), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void notModifiedOnFirstPageIsUnchangedAndLeavesNothingInRaw() throws Exception {
        stubFor(
                page(0).withHeader("If-None-Match", equalTo("\"v1\"")).atPriority(1),
                aResponse().withStatus(304));
        stubFor(page(0).atPriority(2), ok(fixture("single-page.csv")).withHeader("ETag", "\"v1\""));
        Fetcher fetcher = fetcher();
        LandedFeed first = new NomisPager(fetcher).land(claimantCount(), RUN);
        fetcher.states().save(first.feedId(), first.stateAfterCommit());
        deleteRaw();

        LandedFeed second = new NomisPager(fetcher).land(claimantCount(), NEXT_RUN);

        assertThat(second.outcome()).isEqualTo(FetchOutcome.UNCHANGED);
        assertThat(second.pages()).isEmpty();
        assertThat(filesUnder(dataDir.resolve("raw"))).isEmpty();
        nomis.verify(exactly(1), getRequestedFor(urlPathEqualTo(PATH)).withHeader("If-None-Match", equalTo("\"v1\"")));
    }

    @Test
    void serviceUnavailableThenOkIsRetriedOnce() throws Exception {
        stubFor(
                page(0).inScenario("flaky")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("recovered"),
                aResponse().withStatus(503));
        stubFor(page(0).inScenario("flaky").whenScenarioStateIs("recovered"), ok(fixture("single-page.csv")));

        LandedFeed landed = pager().land(claimantCount(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.manifest().requests())
                .extracting(PageRecord::attempts)
                .containsExactly(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(10));
        nomis.verify(exactly(2), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void connectionResetIsRetried() throws Exception {
        stubFor(
                page(0).inScenario("reset")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("stable"),
                aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER));
        stubFor(page(0).inScenario("reset").whenScenarioStateIs("stable"), ok(fixture("single-page.csv")));

        LandedFeed landed = pager().land(claimantCount(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        nomis.verify(exactly(2), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void serviceUnavailableEveryTimeFailsAfterTheLastAttempt() {
        stubFor(page(0), aResponse().withStatus(503));

        assertThatThrownBy(() -> pager().land(claimantCount(), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage("nomis-claimant-count: GET " + pageUrl(0)
                        + " returned 503 Service Unavailable after 4 attempts");
        assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20), Duration.ofMillis(40));
        nomis.verify(exactly(4), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void notFoundFailsAtOnceWithOneClearLine() {
        stubFor(page(0), aResponse().withStatus(404));

        assertThatThrownBy(() -> pager().land(claimantCount(), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "nomis-claimant-count: GET " + pageUrl(0) + " returned 404 Not Found (permanent, not retried)");
        assertThat(sleeps).isEmpty();
        nomis.verify(exactly(1), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void apiKeyNeverAppearsInTheFailureMessage() {
        stubFor(page(0), aResponse().withStatus(403));
        FeedDescriptor withKey = claimantCount().withUrl(nomis.baseUrl() + PATH + "?uid=0xSECRET");

        assertThatThrownBy(() -> pager().land(withKey, RUN))
                .hasMessageContaining("?uid=***&geography=")
                .hasMessageContaining("returned 403 Forbidden (permanent, not retried)")
                .message()
                .doesNotContain("0xSECRET");
    }

    @Test
    void tooManyRequestsWaitsForRetryAfterThenRetries() throws Exception {
        stubFor(
                page(0).inScenario("throttled")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("allowed"),
                aResponse().withStatus(429).withHeader("Retry-After", "2"));
        stubFor(page(0).inScenario("throttled").whenScenarioStateIs("allowed"), ok(fixture("single-page.csv")));
        Fetcher fetcher = new Fetcher(
                dataDir, http(), new RetryPolicy(4, Duration.ofMillis(10), Duration.ofSeconds(30)), sleeps::add);

        LandedFeed landed = new NomisPager(fetcher).land(claimantCount(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(2));
        nomis.verify(exactly(2), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void emptySecondPageBeforeRecordCountIsReachedFailsAsTruncated() throws Exception {
        stubPage(0, ok(fixture("two-pages/offset-0.csv")));
        stubPage(3, ok(fixture("header-only.csv")));

        assertThatThrownBy(() -> pager().land(claimantCount(), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage("nomis-claimant-count: truncated response: received 3 of RECORD_COUNT 5 rows; " + pageUrl(3)
                        + " had no rows");
        FetchManifest failed = readManifest(dataDir.resolve("raw/nomis-claimant-count/20261122T024500Z"));
        assertThat(failed.outcome()).isEqualTo(FetchOutcome.FAILED);
        assertThat(failed.error()).startsWith("nomis-claimant-count: truncated response");
    }

    @Test
    void moreRowsThanRecordCountFails() throws Exception {
        stubPage(0, ok(fixture("two-pages/offset-0.csv").replace(",5\n", ",2\n")));

        assertThatThrownBy(() -> pager().land(claimantCount(), RUN))
                .hasMessage("nomis-claimant-count: inconsistent response: received 3 rows, more than RECORD_COUNT 2");
    }

    @Test
    void sameBytesAsLastCommittedFetchIsUnchanged() throws Exception {
        stubPage(0, ok(fixture("two-pages/offset-0.csv")));
        stubPage(3, ok(fixture("two-pages/offset-3.csv")));
        Fetcher fetcher = fetcher();
        LandedFeed first = new NomisPager(fetcher).land(claimantCount(), RUN);
        fetcher.states().save(first.feedId(), first.stateAfterCommit());

        LandedFeed second = new NomisPager(fetcher).land(claimantCount(), NEXT_RUN);

        assertThat(second.outcome()).isEqualTo(FetchOutcome.UNCHANGED);
        assertThat(second.landingDir()).doesNotExist();
        assertThat(first.landingDir()).isDirectoryContaining("glob:**/manifest.json");
        nomis.verify(exactly(4), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void stateIsNotSavedByTheFetchItself() throws Exception {
        stubPage(0, ok(fixture("single-page.csv")).withHeader("ETag", "\"v1\""));

        pager().land(claimantCount(), RUN);

        assertThat(new FeedStateStore(dataDir).load("nomis-claimant-count")).isEmpty();
    }

    @Test
    void headerOnlyResponseLandsZeroRows() throws Exception {
        stubPage(0, ok(fixture("header-only.csv")));

        LandedFeed landed = pager().land(claimantCount(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.expectedRows()).isZero();
        assertThat(landed.pages()).hasSize(1);
    }

    @Test
    void recordedDirectoryIsPagedByItsOffsetFiles() throws Exception {
        Path recorded = fixturePath("two-pages");
        FeedDescriptor feed = claimantCount().withUrl(recorded.toUri().toString());

        LandedFeed landed = pager().land(feed, RUN);

        assertThat(landed.expectedRows()).isEqualTo(5);
        assertThat(landed.manifest().requests())
                .extracting(PageRecord::url)
                .containsExactly(
                        recorded.resolve("offset-0.csv").toUri().toString(),
                        recorded.resolve("offset-3.csv").toUri().toString());
        assertThat(landed.manifest().requests())
                .extracting(PageRecord::lastModified)
                .doesNotContainNull();
        assertThat(dataRows(landed.pages())).hasSize(5);
    }

    @Test
    void recordedSingleFileIsOnePage() throws Exception {
        FeedDescriptor feed = claimantCount().withUrl("file:" + fixturePath("single-page.csv"));

        LandedFeed landed = pager().land(feed, RUN);

        assertThat(landed.pages()).hasSize(1);
        assertThat(landed.expectedRows()).isEqualTo(2);
    }

    @Test
    void withoutRecordCountTheApiIsPagedUntilAPageShorterThanThePageSize() throws Exception {
        // pageSize 3: two full pages of three, then one row, which ends the response
        stubPage(0, ok(fixture("labelled-pages/offset-0.csv")));
        stubPage(3, ok(fixture("labelled-pages/offset-3.csv")));
        stubPage(6, ok(fixture("labelled-pages/offset-6.csv")));

        LandedFeed landed = pager().land(labelled().withUrl(nomis.baseUrl() + PATH), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.pages()).hasSize(3);
        assertThat(landed.expectedRows()).isEqualTo(7);
        assertThat(dataRows(landed.pages())).hasSize(7);
        nomis.verify(exactly(3), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void withoutRecordCountAnEmptyPageAfterAFullOneEndsTheResponse() throws Exception {
        stubPage(0, ok(fixture("labelled-pages/offset-0.csv")));
        stubPage(3, ok(fixture("labelled-pages/offset-3.csv")));
        stubPage(6, ok(fixture("header-only.csv")));

        LandedFeed landed = pager().land(labelled().withUrl(nomis.baseUrl() + PATH), RUN);

        assertThat(landed.pages()).hasSize(3);
        assertThat(landed.expectedRows()).isEqualTo(6);
        nomis.verify(exactly(3), getRequestedFor(urlPathEqualTo(PATH)));
    }

    @Test
    void aRecordedFileWithoutRecordCountIsTheWholeResponseEvenWhenItFillsAPage() throws Exception {
        // three rows = the page size, but one recorded file is one whole answer: nothing more is asked for
        FeedDescriptor feed = labelled().withUrl("file:" + fixturePath("labelled-pages/offset-0.csv"));

        LandedFeed landed = pager().land(feed, RUN);

        assertThat(landed.pages()).hasSize(1);
        assertThat(landed.expectedRows()).isEqualTo(3);
    }

    // --- helpers -------------------------------------------------------------------------

    private NomisPager pager() {
        return new NomisPager(fetcher());
    }

    private Fetcher fetcher() {
        return new Fetcher(
                dataDir, http(), new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50)), this::sleepBriefly);
    }

    private void sleepBriefly(Duration duration) throws InterruptedException {
        sleeps.add(duration);
        Thread.sleep(duration.toMillis());
    }

    private static HttpGetter http() {
        return new HttpGetter(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());
    }

    private static FeedDescriptor claimantCount() {
        return Descriptors.read("observatory/feeds/nomis-claimant-count.json").withUrl(nomis.baseUrl() + PATH);
    }

    private static FeedDescriptor labelled() {
        return Descriptors.read("fixtures/nomis/nomis-jsa-borough.json");
    }

    private static String pageUrl(long offset) {
        return nomis.baseUrl() + PATH + QUERY + "&recordoffset=" + offset;
    }

    private static MappingBuilder page(long offset) {
        return get(urlPathEqualTo(PATH)).withQueryParam("recordoffset", equalTo(Long.toString(offset)));
    }

    private static void stubPage(long offset, ResponseDefinitionBuilder response) {
        stubFor(page(offset), response);
    }

    private static void stubFor(MappingBuilder request, ResponseDefinitionBuilder response) {
        nomis.stubFor(request.willReturn(response));
    }

    private static ResponseDefinitionBuilder ok(String csv) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/csv")
                .withBody(csv);
    }

    private static String fixture(String name) throws IOException, URISyntaxException {
        return Files.readString(fixturePath(name));
    }

    private static Path fixturePath(String name) throws URISyntaxException {
        return Path.of(
                NomisPagerTest.class.getResource("/fixtures/nomis/" + name).toURI());
    }

    /** Data rows of all pages in order, each page's header dropped. */
    private static List<String> dataRows(List<Path> pages) throws IOException {
        List<String> rows = new ArrayList<>();
        for (Path page : pages) {
            List<String> lines = Files.readAllLines(page);
            rows.addAll(lines.subList(1, lines.size()));
        }
        return rows;
    }

    private void assertManifestDescribesPages(Path landing, List<Path> pages) throws Exception {
        FetchManifest manifest = readManifest(landing);
        assertThat(manifest.feedId()).isEqualTo("nomis-claimant-count");
        assertThat(manifest.fetchedAt()).isEqualTo("2026-11-22T02:45:00Z");
        assertThat(manifest.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(manifest.requests())
                .extracting(PageRecord::file)
                .containsExactly("page-00000.csv", "page-00001.csv");
        assertThat(manifest.requests()).extracting(PageRecord::url).containsExactly(pageUrl(0), pageUrl(3));
        assertThat(manifest.requests()).extracting(PageRecord::status).containsExactly(200, 200);
        byte[] first = Files.readAllBytes(pages.get(0));
        byte[] second = Files.readAllBytes(pages.get(1));
        assertThat(manifest.requests()).extracting(PageRecord::sha256).containsExactly(sha256(first), sha256(second));
        assertThat(manifest.requests()).extracting(PageRecord::bytes).containsExactly((long) first.length, (long)
                second.length);
        assertThat(manifest.totalBytes()).isEqualTo(first.length + second.length);
        assertThat(manifest.sha256()).isEqualTo(sha256(concat(first, second)));
    }

    private static FetchManifest readManifest(Path landing) {
        return JsonMapper.builder()
                .build()
                .readValue(landing.resolve("manifest.json").toFile(), FetchManifest.class);
    }

    private void deleteRaw() throws IOException {
        try (Stream<Path> paths = Files.walk(dataDir.resolve("raw"))) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.filter(path -> !path.equals(dir)).toList();
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] joined = new byte[a.length + b.length];
        System.arraycopy(a, 0, joined, 0, a.length);
        System.arraycopy(b, 0, joined, a.length, b.length);
        return joined;
    }
}
