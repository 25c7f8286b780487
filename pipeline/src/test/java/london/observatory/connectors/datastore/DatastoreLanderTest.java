package london.observatory.connectors.datastore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static london.observatory.connectors.datastore.DatastoreDatasetTest.CSV_2023;
import static london.observatory.connectors.datastore.DatastoreDatasetTest.DATASET;
import static london.observatory.connectors.datastore.DatastoreDatasetTest.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FeedStateStore;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.FetchOutcome;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.HttpGetter;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.PageRecord;
import london.observatory.fetch.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The nightly lander, real HTTP against WireMock serving a Datastore {@code /api/dataset/{id}} document and its resource. */
class DatastoreLanderTest {

    private static final String FEED = "datastore-insolvency";
    private static final String DATASET_PATH = "/api/dataset/" + DATASET;
    private static final String CSV_PATH =
            "/download/" + DATASET + "/" + CSV_2023 + "/personal-insolvency-borough-2023.csv";
    private static final Instant RUN = Instant.parse("2026-11-22T02:45:00Z");
    private static final Instant NEXT_RUN = Instant.parse("2026-11-23T02:45:00Z");

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private final List<Duration> sleeps = new ArrayList<>();

    @Test
    void datasetThenNewestCsvThenTheResourceIsLanded() throws Exception {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH)).willReturn(json(datasetJson())));
        site.stubFor(get(urlPathEqualTo(CSV_PATH)).willReturn(csv().withHeader("ETag", "\"r1\"")));

        LandedFeed landed = lander().land(feed(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.pages()).containsExactly(dataDir.resolve("raw/" + FEED + "/20261122T024500Z/page-00000.csv"));
        assertThat(Files.readString(landed.pages().get(0)))
                .isEqualTo(Files.readString(fixture("personal-insolvency-borough-2023.csv")));
        assertThat(landed.manifest().requests()).extracting(PageRecord::url).containsExactly(site.baseUrl() + CSV_PATH);
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo(DATASET_PATH)));
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo(CSV_PATH)));
        assertThat(site.getAllServeEvents()).hasSize(2); // neither the xlsx nor the 2022 csv was asked for
    }

    @Test
    void aNotModifiedResourceLeavesTheFeedUnchanged() throws Exception {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH)).willReturn(json(datasetJson())));
        site.stubFor(get(urlPathEqualTo(CSV_PATH))
                .withHeader("If-None-Match", equalTo("\"r1\""))
                .atPriority(1)
                .willReturn(aResponse().withStatus(304)));
        site.stubFor(get(urlPathEqualTo(CSV_PATH)).atPriority(2).willReturn(csv().withHeader("ETag", "\"r1\"")));
        DatastoreLander lander = lander();
        LandedFeed first = lander.land(feed(), RUN);
        new FeedStateStore(dataDir).save(FEED, first.stateAfterCommit()); // what the commit step does

        LandedFeed second = lander.land(feed(), NEXT_RUN);

        assertThat(second.outcome()).isEqualTo(FetchOutcome.UNCHANGED);
        assertThat(dataDir.resolve("raw/" + FEED + "/20261123T024500Z")).doesNotExist();
        site.verify(exactly(2), getRequestedFor(urlPathEqualTo(DATASET_PATH)));
        site.verify(
                exactly(1), getRequestedFor(urlPathEqualTo(CSV_PATH)).withHeader("If-None-Match", equalTo("\"r1\"")));
    }

    @Test
    void temporaryRedirectOfTheDatasetIsFollowed() throws Exception {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH))
                .willReturn(aResponse().withStatus(307).withHeader("Location", "/api/v2/dataset/" + DATASET)));
        site.stubFor(get(urlPathEqualTo("/api/v2/dataset/" + DATASET)).willReturn(json(datasetJson())));
        site.stubFor(get(urlPathEqualTo(CSV_PATH)).willReturn(csv()));

        LandedFeed landed = lander().land(feed(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo(CSV_PATH)));
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo("/api/v2/dataset/" + DATASET)));
    }

    @Test
    void serviceUnavailableThenOkIsRetried() throws Exception {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH))
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        site.stubFor(get(urlPathEqualTo(DATASET_PATH))
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(json(datasetJson())));
        site.stubFor(get(urlPathEqualTo(CSV_PATH))
                .inScenario("flaky file")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        site.stubFor(get(urlPathEqualTo(CSV_PATH))
                .inScenario("flaky file")
                .whenScenarioStateIs("recovered")
                .willReturn(csv()));

        LandedFeed landed = lander().land(feed(), RUN);

        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.manifest().requests())
                .extracting(PageRecord::attempts)
                .containsExactly(2);
        assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(10));
        site.verify(exactly(2), getRequestedFor(urlPathEqualTo(DATASET_PATH)));
        site.verify(exactly(2), getRequestedFor(urlPathEqualTo(CSV_PATH)));
    }

    @Test
    void unknownDatasetFailsAtOnceWithOneClearLine() {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH)).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> lander().land(feed(), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage(FEED + ": GET " + site.baseUrl() + DATASET_PATH
                        + " returned 404 Not Found (permanent, not retried)");
        assertThat(sleeps).isEmpty();
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo(DATASET_PATH)));
    }

    @Test
    void missingResourceFileFailsAtOnce() throws Exception {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH)).willReturn(json(datasetJson())));
        site.stubFor(get(urlPathEqualTo(CSV_PATH)).willReturn(aResponse().withStatus(404)));

        assertThatThrownBy(() -> lander().land(feed(), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage(FEED + ": GET " + site.baseUrl() + CSV_PATH
                        + " returned 404 Not Found (permanent, not retried)");
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo(CSV_PATH)));
    }

    @Test
    void truncatedDatasetDocumentFailsSayingSo() throws Exception {
        String json = datasetJson();
        site.stubFor(get(urlPathEqualTo(DATASET_PATH)).willReturn(json(json.substring(0, json.length() / 2))));

        assertThatThrownBy(() -> lander().land(feed(), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith(FEED + ": dataset " + DATASET + " from " + site.baseUrl() + DATASET_PATH
                        + " is not valid JSON (truncated?): Unexpected end-of-input");
        site.verify(exactly(0), getRequestedFor(urlPathEqualTo(CSV_PATH)));
    }

    @Test
    void noMatchingResourceFailsListingTheResourcesSeen() throws Exception {
        site.stubFor(get(urlPathEqualTo(DATASET_PATH)).willReturn(json(datasetJson())));

        assertThatThrownBy(() -> lander().land(feed("ods"), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith(
                        FEED + ": dataset " + DATASET + ": no resource matches format=ods, newest; resources seen: ")
                .hasMessageContaining(
                        "'Personal insolvency by borough 2022' (csv, personal-insolvency-borough-2022.csv")
                .hasMessageContaining("'Personal insolvency by borough 2013 to 2023 (all tables)' (xlsx, ")
                .hasMessageContaining(
                        "'Personal insolvency by borough 2023' (csv, personal-insolvency-borough-2023.csv");
    }

    // --- helpers -------------------------------------------------------------------------

    /** The lander as the nightly job builds it, with test-sized retry delays and a recording sleeper. */
    private DatastoreLander lander() {
        RetryPolicy policy = new RetryPolicy(4, Duration.ofMillis(10), Duration.ofMillis(50));
        HttpGetter http = new HttpGetter(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());
        return new DatastoreLander(
                new Fetcher(dataDir, http, policy), new DatastoreResolver(http, policy, sleeps::add, name -> null));
    }

    private static FeedDescriptor feed() {
        return feed("csv");
    }

    private static FeedDescriptor feed(String format) {
        return Descriptors.parse("""
                {"id": "%s", "format": "datastore-csv", "maxBadRowShare": 0.01, "indicators": [],
                 "source": {"url": "%s", "dataset": "%s", "resource": {"format": "%s", "newest": "true"}}}""".formatted(FEED, site.baseUrl(), DATASET, format));
    }

    /** The fixture document with its absolute URLs pointing at WireMock instead of the live site. */
    private static String datasetJson() throws Exception {
        return Files.readString(fixture("api/dataset/" + DATASET + ".json"))
                .replace("https://data.london.gov.uk", site.baseUrl());
    }

    private static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    private static ResponseDefinitionBuilder csv() throws Exception {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "text/csv")
                .withBody(Files.readAllBytes(fixture("personal-insolvency-borough-2023.csv")));
    }
}
