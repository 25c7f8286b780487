package london.observatory.connectors.datastore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.FetchOutcome;
import london.observatory.fetch.Fetcher;
import london.observatory.fetch.HttpGetter;
import london.observatory.fetch.LandedFeed;
import london.observatory.fetch.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** URLs (live and offline layouts), the offline samples, and the API key of a private dataset. */
class DatastoreResolverTest {

    private static final Instant RUN = Instant.parse("2026-11-22T02:45:00Z");
    private static final String KEY = "k3y-that-must-not-leak";
    private static final String ENV = "LONDON_DATASTORE_API_KEY";

    @RegisterExtension
    static WireMockExtension site = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Another origin, like the platform's file host. */
    @RegisterExtension
    static WireMockExtension files = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    @Test
    void datasetUrlIsTheApiPathLiveAndAJsonFileOffline() {
        assertThat(DatastoreResolver.datasetUrl(
                        DatastoreSource.of("https://data.london.gov.uk/", "e5n6w", ResourceRule.newest("csv"))))
                .isEqualTo("https://data.london.gov.uk/api/dataset/e5n6w");
        assertThat(DatastoreResolver.datasetUrl(
                        DatastoreSource.of("file:data-samples/datastore", "e5n6w", ResourceRule.newest("csv"))))
                .isEqualTo("file:data-samples/datastore/api/dataset/e5n6w.json");
    }

    @Test
    void relativeResourceUrlsResolveAgainstTheBaseDirectory() {
        assertThat(DatastoreResolver.resourceUrl("file:data-samples/datastore", "download/d/r/x.csv"))
                .isEqualTo("file:data-samples/datastore/download/d/r/x.csv");
        assertThat(DatastoreResolver.resourceUrl("file:///srv/datastore/", "download/d/r/x.csv"))
                .isEqualTo("file:/srv/datastore/download/d/r/x.csv");
        assertThat(DatastoreResolver.resourceUrl("https://data.london.gov.uk", "/download/d/r/x.csv"))
                .isEqualTo("https://data.london.gov.uk/download/d/r/x.csv");
        assertThat(DatastoreResolver.resourceUrl("file:data-samples/datastore", "https://files.example/x.csv"))
                .isEqualTo("https://files.example/x.csv");
    }

    @Test
    void datasetIdThatIsNotASlugIsRejected() {
        assertThatThrownBy(() -> DatastoreSource.of("file:x", "../secrets", ResourceRule.newest("csv")))
                .hasMessage("Datastore dataset must be a slug or short id, was: ../secrets");
    }

    @Test
    void offlineSampleLandsTheNewestInsolvencyCsv() throws Exception {
        Path samples = RepoFiles.dataSamples("datastore");
        DatastoreSource source = DatastoreSource.of(
                samples.toUri().toString(), "personal-insolvency-statistics-borough", ResourceRule.newest("csv"));

        ResolvedResource resolved = resolver(Map.of()).resolve("datastore-insolvency", source);
        LandedFeed landed = lander(Map.of()).land(feed("datastore-insolvency", source), RUN);

        Path expected = samples.resolve("download/personal-insolvency-statistics-borough/"
                + DatastoreDatasetTest.CSV_2023 + "/personal-insolvency-borough-2023.csv");
        assertThat(landed.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(landed.pages().get(0).getFileName().toString()).isEqualTo("page-00000.csv");
        assertThat(Files.readAllBytes(landed.pages().get(0))).isEqualTo(Files.readAllBytes(expected));
        assertThat(resolved.resource().checkSize()).isEqualTo(Files.size(expected));
    }

    @Test
    void offlineHomelessnessSampleTakesTheCsvNotTheOds() throws Exception {
        DatastoreSource source = DatastoreSource.of(
                RepoFiles.dataSamples("datastore").toUri().toString(),
                "homelessness-statutory-borough",
                ResourceRule.newest("csv"));

        ResolvedResource resolved = resolver(Map.of()).resolve("datastore-homelessness", source);
        LandedFeed landed = lander(Map.of()).land(feed("datastore-homelessness", source), RUN);

        assertThat(resolved.resource().title()).isEqualTo("Initial assessments by borough, January to June 2024");
        assertThat(Files.readAllLines(landed.pages().get(0))).hasSize(1 + 2 * 33);
    }

    @Test
    void privateDatasetSendsTheKeyToItsOwnOriginOnly() throws Exception {
        String path = "/download/private-set/r1/data.csv";
        site.stubFor(get(urlPathEqualTo("/api/dataset/private-set"))
                .withHeader("Authorization", equalTo(KEY))
                .willReturn(aResponse().withStatus(200).withBody(privateDataset(site.baseUrl() + path))));
        site.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(307).withHeader("Location", files.baseUrl() + path)));
        files.stubFor(get(urlPathEqualTo(path))
                .willReturn(aResponse().withStatus(200).withBody("Code,Value\r\nE09000001,1\r\n")));

        LandedFeed landed = lander(Map.of(ENV, KEY)).land(feed("datastore-private", privateSource()), RUN);

        assertThat(Files.readString(landed.pages().get(0))).isEqualTo("Code,Value\r\nE09000001,1\r\n");
        site.verify(exactly(1), getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", equalTo(KEY)));
        files.verify(exactly(1), getRequestedFor(urlPathEqualTo(path)).withHeader("Authorization", absent()));
        assertThat(Files.readString(landed.landingDir().resolve("manifest.json")))
                .doesNotContain(KEY);
    }

    @Test
    void refusedKeyFailsWithoutShowingIt() {
        site.stubFor(get(urlPathEqualTo("/api/dataset/private-set"))
                .willReturn(aResponse().withStatus(403)));

        assertThatThrownBy(() -> lander(Map.of(ENV, KEY)).land(feed("datastore-private", privateSource()), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage("datastore-private: GET " + site.baseUrl()
                        + "/api/dataset/private-set returned 403 Forbidden (permanent, not retried)")
                .message()
                .doesNotContain(KEY);
    }

    @Test
    void unsetKeyVariableFailsNamingTheVariable() {
        assertThatThrownBy(() -> lander(Map.of()).land(feed("datastore-private", privateSource()), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage("datastore-private: environment variable " + ENV
                        + " is not set; dataset private-set is private" + " and needs its Datastore API key there");
        site.verify(exactly(0), getRequestedFor(urlPathEqualTo("/api/dataset/private-set")));
    }

    @Test
    void aResourceUrlOutsideTheDatasetHostIsRefused() {
        // 127.0.0.1 is the file server, but not the host the dataset document came from (localhost).
        String elsewhere = files.baseUrl().replace("localhost", "127.0.0.1") + "/x.csv";
        site.stubFor(get(urlPathEqualTo("/api/dataset/open-set"))
                .willReturn(aResponse().withStatus(200).withBody(privateDataset(elsewhere))));
        files.stubFor(get(urlPathEqualTo("/x.csv"))
                .willReturn(aResponse().withStatus(200).withBody("Code,Value\r\n")));

        assertThatThrownBy(() -> lander(Map.of()).land(feed("datastore-open", openSource()), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "datastore-open: dataset open-set: resource r1's URL " + elsewhere + " is refused: a dataset"
                                + " document from " + site.baseUrl()
                                + " may only name http or https resources on its own host or on"
                                + " an allowed file host (data.london.gov.uk, airdrive-secure.s3-eu-west-1.amazonaws.com)");
        assertThat(files.getAllServeEvents()).isEmpty();
        assertThat(dataDir.resolve("raw")).doesNotExist();
    }

    @Test
    void anAllowListedFileHostIsFetched() throws Exception {
        String elsewhere = files.baseUrl().replace("localhost", "127.0.0.1") + "/x.csv";
        site.stubFor(get(urlPathEqualTo("/api/dataset/open-set"))
                .willReturn(aResponse().withStatus(200).withBody(privateDataset(elsewhere))));
        files.stubFor(get(urlPathEqualTo("/x.csv"))
                .willReturn(aResponse().withStatus(200).withBody("Code,Value\r\n")));
        DatastoreResolver resolver =
                new DatastoreResolver(http(), policy(), duration -> {}, name -> null, List.of("127.0.0.1"));

        LandedFeed landed = new DatastoreLander(Fetcher.standard(dataDir, Clock.systemUTC()), resolver)
                .land(feed("datastore-open", openSource()), RUN);

        assertThat(Files.readString(landed.pages().get(0))).isEqualTo("Code,Value\r\n");
    }

    @Test
    void aFileResourceNamedByARemoteDocumentIsRefusedAndNotRead() throws Exception {
        Path secret = Files.writeString(dataDir.resolve("secret.csv"), "TOP-SECRET-FIRST-LINE\nmore\n");
        String fileUrl = secret.toUri().toString();
        site.stubFor(get(urlPathEqualTo("/api/dataset/open-set"))
                .willReturn(aResponse().withStatus(200).withBody(privateDataset(fileUrl))));

        assertThatThrownBy(() -> lander(Map.of()).land(feed("datastore-open", openSource()), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("datastore-open: dataset open-set: resource r1's URL " + fileUrl
                        + " is refused: a dataset" + " document from " + site.baseUrl()
                        + " may only name http or https resources on its own host")
                .message()
                .doesNotContain("TOP-SECRET");
        assertThat(dataDir.resolve("raw")).doesNotExist();
    }

    @Test
    void aDotDotResourceCannotLeaveTheSampleFolder() throws Exception {
        Path folder = Files.createDirectories(dataDir.resolve("samples/api/dataset"))
                .getParent()
                .getParent();
        Files.writeString(dataDir.resolve("secret.csv"), "TOP-SECRET-FIRST-LINE\nmore\n");
        Files.writeString(folder.resolve("api/dataset/escape.json"), privateDataset("download/../../secret.csv"));
        DatastoreSource source = DatastoreSource.of(folder.toUri().toString(), "escape", ResourceRule.newest("csv"));

        assertThatThrownBy(() -> lander(Map.of()).land(feed("datastore-escape", source), RUN))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "datastore-escape: dataset escape: resource r1's URL download/../../secret.csv is refused: a dataset"
                                + " document read from " + folder.toUri()
                                + " may only name files inside that folder (or http/https URLs)")
                .message()
                .doesNotContain("TOP-SECRET");
        assertThat(dataDir.resolve("raw")).doesNotExist();
    }

    private static HttpGetter http() {
        return new HttpGetter(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC());
    }

    private static RetryPolicy policy() {
        return new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10));
    }

    private static DatastoreSource openSource() {
        return DatastoreSource.of(site.baseUrl(), "open-set", ResourceRule.newest("csv"));
    }

    private static DatastoreResolver resolver(Map<String, String> environment) {
        return new DatastoreResolver(
                new HttpGetter(Duration.ofSeconds(2), Duration.ofSeconds(5), Clock.systemUTC()),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10)),
                duration -> {},
                environment::get);
    }

    private DatastoreLander lander(Map<String, String> environment) {
        return new DatastoreLander(Fetcher.standard(dataDir, Clock.systemUTC()), resolver(environment));
    }

    /** A descriptor whose source is {@code source}, as the nightly job reads it. */
    private static FeedDescriptor feed(String id, DatastoreSource source) {
        String env = source.authorizationEnv() == null ? "" : ", \"apiKeyEnv\": \"" + source.authorizationEnv() + "\"";
        return Descriptors.parse("""
                {"id": "%s", "format": "datastore-csv", "maxBadRowShare": 0.01, "indicators": [],
                 "source": {"url": "%s", "dataset": "%s", "resource": {"format": "csv", "newest": "true"}%s}}""".formatted(id, source.baseUrl(), source.dataset(), env));
    }

    private static DatastoreSource privateSource() {
        return new DatastoreSource(site.baseUrl(), "private-set", ResourceRule.newest("csv"), ENV);
    }

    private static String privateDataset(String resourceUrl) {
        return "{\"id\":\"private-set\",\"title\":\"Private\",\"sharing\":\"private\",\"resources\":{\"r1\":{\"title\":\"Data\","
                + "\"url\":\"" + resourceUrl + "\",\"format\":\"csv\",\"order\":1,\"check_hash\":\"abc\","
                + "\"check_timestamp\":\"2025-01-01T00:00:00\"}}}";
    }
}
