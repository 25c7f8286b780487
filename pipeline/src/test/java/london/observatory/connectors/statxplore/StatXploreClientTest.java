package london.observatory.connectors.statxplore;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import london.observatory.fetch.FetchException;
import london.observatory.fetch.RetryPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real HTTP against WireMock speaking the Stat-Xplore Open Data API (JSON, {@code APIKey} header); no real sleeps. */
class StatXploreClientTest {

    static final String API = "/webapi/rest/v1";
    static final String TABLE = API + "/table";
    static final String RATE_LIMIT = API + "/rate_limit";
    static final String KEY = "sx-test-key-7f3a9c41d2";
    static final String KEY_VARIABLE = "STATXPLORE_API_KEY";
    /** The reset in the rate_limit fixtures; the clock stands 12 min 34.321 s before it. */
    static final Instant RESET = Instant.ofEpochMilli(1677698666699L);

    static final Instant NOW = RESET.minus(Duration.ofMillis(754_321));

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    /** Another origin a redirect may name: it must never see a request, let alone the key. */
    @RegisterExtension
    static WireMockExtension elsewhere = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    final List<Duration> sleeps = new ArrayList<>();

    @Test
    void postsTheQueryVerbatimWithApiKeyAndJsonContentTypeAndLandsTheBody() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(post(TABLE).willReturn(json(fixture("uc-conditionality-table.json"))));
        Path target = dir.resolve("table.json");

        TableDownload landed = client().fetchTable(query(), target);

        api.verify(
                exactly(1),
                postRequestedFor(urlEqualTo(TABLE))
                        .withHeader("APIKey", equalTo(KEY))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalTo(query())));
        api.verify(exactly(1), getRequestedFor(urlEqualTo(RATE_LIMIT)).withHeader("APIKey", equalTo(KEY)));
        byte[] expected = Files.readAllBytes(fixturePath("uc-conditionality-table.json"));
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
        assertThat(landed).isEqualTo(new TableDownload(target, expected.length, sha256(expected), base() + "/table"));
        assertThat(dir).isDirectoryContaining("glob:**/table.json").isDirectoryNotContaining("glob:**.partial");
        assertThat(sleeps).isEmpty();
    }

    @Test
    void usedUpRateLimitWaitsExactlyUntilTheResetBeforePosting() throws Exception {
        stubRateLimit("rate-limit-exhausted.json");
        api.stubFor(post(TABLE).willReturn(json(fixture("uc-conditionality-table.json"))));

        client().fetchTable(query(), dir.resolve("table.json"));

        assertThat(sleeps).containsExactly(Duration.ofMillis(754_321));
        api.verify(exactly(1), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void usedUpRateLimitResettingBeyondTheMaximumWaitFailsWithoutPosting() throws Exception {
        stubRateLimit("rate-limit-exhausted.json");
        StatXploreSettings impatient = new StatXploreSettings(
                base(), KEY_VARIABLE, retry(), 3, Duration.ofMinutes(5), Duration.ofSeconds(2), Duration.ofSeconds(5));

        assertThatThrownBy(() -> client(impatient).fetchTable(query(), dir.resolve("table.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "stat-xplore: POST " + base()
                                + "/table found the rate limit used up (0 of 2000 left this hour); "
                                + "the limit resets at 2023-03-01T19:24:26.699Z, 754 s away, beyond the 300 s this request may wait");
        assertThat(sleeps).isEmpty();
        api.verify(exactly(0), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void tooManyRequestsWaitsUntilTheResetHeaderThenSucceeds() throws Exception {
        stubRateLimit("rate-limit.json");
        long resetMillis = NOW.plusSeconds(90).toEpochMilli();
        api.stubFor(table().inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("reset")
                .willReturn(aResponse().withStatus(429).withHeader("X-RateLimit-Reset", Long.toString(resetMillis))));
        api.stubFor(table().inScenario("limited")
                .whenScenarioStateIs("reset")
                .willReturn(json(fixture("uc-conditionality-table.json"))));

        TableDownload landed = client().fetchTable(query(), dir.resolve("table.json"));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(90));
        assertThat(landed.bytes()).isEqualTo(Files.size(fixturePath("uc-conditionality-table.json")));
        api.verify(exactly(2), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void tooManyRequestsWithoutResetHeaderAsksRateLimitWhenItResets() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("reset")
                .willReturn(aResponse().withStatus(429)));
        api.stubFor(table().inScenario("limited")
                .whenScenarioStateIs("reset")
                .willReturn(json(fixture("uc-conditionality-table.json"))));

        client().fetchTable(query(), dir.resolve("table.json"));

        assertThat(sleeps).containsExactly(Duration.ofMillis(754_321));
        api.verify(exactly(2), getRequestedFor(urlEqualTo(RATE_LIMIT)));
        api.verify(exactly(2), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void resetHeaderInEpochSecondsIsReadAsSeconds() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().inScenario("limited")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("reset")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader(
                                "x-ratelimit-reset",
                                Long.toString(NOW.plusSeconds(30).getEpochSecond()))));
        api.stubFor(table().inScenario("limited")
                .whenScenarioStateIs("reset")
                .willReturn(json(fixture("uc-conditionality-table.json"))));

        client().fetchTable(query(), dir.resolve("table.json"));

        // NOW is 19:11:52.378; the reset, in whole seconds, is 19:12:22.
        assertThat(sleeps).containsExactly(Duration.ofMillis(29_622));
    }

    @Test
    void tooManyRequestsEveryTimeGivesUpAfterTheMaximumWaits() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().willReturn(aResponse()
                .withStatus(429)
                .withHeader(
                        "X-RateLimit-Reset", Long.toString(NOW.plusSeconds(60).toEpochMilli()))));

        assertThatThrownBy(() -> client().fetchTable(query(), dir.resolve("table.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage("stat-xplore: POST " + base() + "/table returned 429 Too Many Requests; "
                        + "still rate-limited after 3 waits for the limit to reset");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(60), Duration.ofSeconds(60), Duration.ofSeconds(60));
        api.verify(exactly(4), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void tooManyRequestsOnRateLimitItselfPausesTheRetryDelayAndGivesUp() {
        api.stubFor(get(RATE_LIMIT).willReturn(aResponse().withStatus(429)));

        assertThatThrownBy(() -> client().fetchTable(query(), dir.resolve("table.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage("stat-xplore: GET " + base() + "/rate_limit returned 429 Too Many Requests; "
                        + "still rate-limited after 3 waits for the limit to reset");
        assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMillis(10));
        api.verify(exactly(4), getRequestedFor(urlEqualTo(RATE_LIMIT)));
        api.verify(exactly(0), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void serviceUnavailableThenOkIsRetriedOnce() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        api.stubFor(table().inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(json(fixture("uc-conditionality-table.json"))));

        client().fetchTable(query(), dir.resolve("table.json"));

        assertThat(sleeps).containsExactly(Duration.ofMillis(10));
        api.verify(exactly(2), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void connectionResetThenOkIsRetriedOnce() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().inScenario("reset")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("stable")
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        api.stubFor(table().inScenario("reset")
                .whenScenarioStateIs("stable")
                .willReturn(json(fixture("uc-conditionality-table.json"))));

        client().fetchTable(query(), dir.resolve("table.json"));

        assertThat(sleeps).containsExactly(Duration.ofMillis(10));
        api.verify(exactly(2), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void serverErrorEveryTimeFailsAfterTheLastAttempt() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().willReturn(aResponse().withStatus(500)));

        assertThatThrownBy(() -> client().fetchTable(query(), dir.resolve("table.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage(
                        "stat-xplore: POST " + base() + "/table returned 500 Internal Server Error after 3 attempts");
        assertThat(sleeps).containsExactly(Duration.ofMillis(10), Duration.ofMillis(20));
        api.verify(exactly(3), postRequestedFor(urlEqualTo(TABLE)));
    }

    @ParameterizedTest
    @CsvSource({"400, Bad Request", "401, Unauthorized", "403, Forbidden", "404, Not Found"})
    void clientErrorFailsAtOnceWithoutRetryingOrNamingTheKey(int status, String reason) throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(
                table().willReturn(aResponse().withStatus(status).withBody("{\"message\":\"bad key " + KEY + "\"}")));
        Path target = dir.resolve("table.json");

        assertThatThrownBy(() -> client().fetchTable(query(), target))
                .isInstanceOf(FetchException.class)
                .hasMessage("stat-xplore: POST " + base() + "/table returned " + status + " " + reason
                        + " (permanent, not retried)")
                .message()
                .doesNotContain(KEY);
        assertThat(sleeps).isEmpty();
        assertThat(target).doesNotExist();
        api.verify(exactly(1), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void unauthorizedRateLimitCheckFailsBeforeAnyTableRequest() throws Exception {
        api.stubFor(get(RATE_LIMIT).willReturn(aResponse().withStatus(401)));

        assertThatThrownBy(() -> client().fetchTable(query(), dir.resolve("table.json")))
                .hasMessage("stat-xplore: GET " + base()
                        + "/rate_limit returned 401 Unauthorized (permanent, not retried)");
        api.verify(exactly(0), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void truncatedBodyIsRetriedThenFailsClearlyAndLandsNothing() throws Exception {
        stubRateLimit("rate-limit.json");
        String whole = fixture("uc-conditionality-table.json");
        api.stubFor(table().willReturn(json(whole.substring(0, whole.length() / 2))));
        Path target = dir.resolve("table.json");

        assertThatThrownBy(() -> client().fetchTable(query(), target))
                .isInstanceOf(FetchException.class)
                .hasMessageStartingWith("stat-xplore: POST " + base()
                        + "/table returned truncated or invalid JSON: Unexpected end-of-input")
                .hasMessageEndingWith(" after 3 attempts");
        assertThat(target).doesNotExist();
        assertThat(dir).isEmptyDirectory();
        api.verify(exactly(3), postRequestedFor(urlEqualTo(TABLE)));
    }

    @Test
    void missingKeyFailsNamingTheVariableBeforeAnyRequest() {
        StatXploreClient noKey = new StatXploreClient(settings(), name -> null, sleeps::add, clock());

        assertThatThrownBy(() -> noKey.fetchTable(query(), dir.resolve("table.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage("stat-xplore: no API key: environment variable STATXPLORE_API_KEY is not set "
                        + "(the key is on the Stat-Xplore Account page)");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void keyIsReadFromTheVariableTheSettingsName() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(post(TABLE).willReturn(json(fixture("uc-conditionality-table.json"))));
        Map<String, String> environment = Map.of("OTHER_KEY", "other-key-value\n", KEY_VARIABLE, KEY);

        new StatXploreClient(settings().withApiKeyEnv("OTHER_KEY"), environment::get, sleeps::add, clock())
                .fetchTable(query(), dir.resolve("table.json"));

        api.verify(exactly(1), postRequestedFor(urlEqualTo(TABLE)).withHeader("APIKey", equalTo("other-key-value")));
    }

    @Test
    void keyNeverReachesLogsMessagesOrLandedFiles() throws Exception {
        stubRateLimit("rate-limit-exhausted.json"); // logs the wait
        api.stubFor(table().inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503))); // logs the retry
        api.stubFor(table().inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(json(fixture("uc-conditionality-table.json"))));
        Path target = dir.resolve("table.json");

        String logged = StandardErr.capture(() -> client().fetchTable(query(), target));
        api.resetAll();
        api.stubFor(get(RATE_LIMIT).willReturn(aResponse().withStatus(403)));
        String failure = StandardErr.capture(() -> assertThatThrownBy(() -> client().fetchTable(query(), target))
                .isInstanceOf(FetchException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(KEY)));

        assertThat(logged)
                .contains("retrying in 10 ms")
                .contains("waiting 754321 ms")
                .doesNotContain(KEY);
        assertThat(failure).doesNotContain(KEY);
        assertThat(Files.readString(target)).doesNotContain(KEY);
        assertThat(client().toString()).doesNotContain(KEY);
    }

    @Test
    void schemaAnsweringNotModifiedToTheKnownEtagIsUnchanged() throws Exception {
        api.stubFor(get(API + "/schema")
                .withHeader("If-None-Match", equalTo("\"v7\""))
                .atPriority(1)
                .willReturn(aResponse().withStatus(304).withHeader("ETag", "\"v7\"")));
        api.stubFor(get(API + "/schema")
                .atPriority(2)
                .willReturn(json(fixture("schema-uc-monthly.json")).withHeader("ETag", "\"v8\"")));

        SchemaCheck check = client().checkSchema(null, "\"v7\"");

        assertThat(check).isEqualTo(new SchemaCheck(false, "\"v7\"", null));
        api.verify(
                exactly(1),
                getRequestedFor(urlEqualTo(API + "/schema"))
                        .withHeader("If-None-Match", equalTo("\"v7\""))
                        .withHeader("APIKey", equalTo(KEY)));
        api.verify(exactly(0), getRequestedFor(urlEqualTo(RATE_LIMIT))); // a 304 is free: no need to check the limit
    }

    @Test
    void schemaWithANewEtagIsChangedWithItsBody() throws Exception {
        String path = API + "/schema/str:database:UC_Monthly";
        api.stubFor(get(path).willReturn(json(fixture("schema-uc-monthly.json")).withHeader("ETag", "\"v8\"")));

        SchemaCheck check = client().checkSchema("str:database:UC_Monthly", "\"v7\"");

        assertThat(check).isEqualTo(new SchemaCheck(true, "\"v8\"", fixture("schema-uc-monthly.json")));
    }

    @Test
    void firstSchemaCheckSendsNoIfNoneMatch() throws Exception {
        api.stubFor(get(API + "/schema")
                .willReturn(json(fixture("schema-uc-monthly.json")).withHeader("ETag", "\"v1\"")));

        SchemaCheck check = client().checkSchema(null, null);

        assertThat(check.changed()).isTrue();
        assertThat(check.etag()).isEqualTo("\"v1\"");
        api.verify(getRequestedFor(urlEqualTo(API + "/schema")).withHeader("If-None-Match", absent()));
    }

    @Test
    void theApiKeyIsNeverSentToAnotherOriginARedirectNames() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(
                table().willReturn(aResponse().withStatus(307).withHeader("Location", elsewhere.baseUrl() + TABLE)));
        elsewhere.stubFor(post(TABLE).willReturn(json(fixture("uc-conditionality-table.json"))));

        assertThatThrownBy(() -> client().fetchTable(query(), dir.resolve("table.json")))
                .isInstanceOf(FetchException.class)
                .hasMessage("stat-xplore: refused a redirect from " + base() + "/table to another origin "
                        + elsewhere.baseUrl() + "; the API key is only sent to " + api.baseUrl())
                .message()
                .doesNotContain(KEY);
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
        api.verify(exactly(1), postRequestedFor(urlEqualTo(TABLE)));
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void aRedirectOnTheSameOriginIsFollowedWithTheKeyAndTheBody() throws Exception {
        stubRateLimit("rate-limit.json");
        api.stubFor(table().willReturn(aResponse().withStatus(307).withHeader("Location", API + "/v2/table")));
        api.stubFor(post(API + "/v2/table")
                .withHeader("APIKey", equalTo(KEY))
                .willReturn(json(fixture("uc-conditionality-table.json"))));
        api.stubFor(
                get(API + "/schema").willReturn(aResponse().withStatus(301).withHeader("Location", API + "/schema/")));
        api.stubFor(get(API + "/schema/")
                .willReturn(json(fixture("schema-uc-monthly.json")).withHeader("ETag", "\"v1\"")));

        TableDownload landed = client().fetchTable(query(), dir.resolve("table.json"));
        SchemaCheck schema = client().checkSchema(null, null);

        assertThat(landed.bytes()).isEqualTo(Files.size(fixturePath("uc-conditionality-table.json")));
        api.verify(
                exactly(1),
                postRequestedFor(urlEqualTo(API + "/v2/table"))
                        .withHeader("APIKey", equalTo(KEY))
                        .withHeader("Content-Type", equalTo("application/json"))
                        .withRequestBody(equalTo(query())));
        assertThat(schema.etag()).isEqualTo("\"v1\"");
        api.verify(exactly(1), getRequestedFor(urlEqualTo(API + "/schema/")).withHeader("APIKey", equalTo(KEY)));
        assertThat(elsewhere.getAllServeEvents()).isEmpty();
    }

    // --- helpers -------------------------------------------------------------------------

    static String base() {
        return api.baseUrl() + API;
    }

    static RetryPolicy retry() {
        return new RetryPolicy(3, Duration.ofMillis(10), Duration.ofMillis(50));
    }

    static StatXploreSettings settings() {
        return new StatXploreSettings(
                base() + "/",
                KEY_VARIABLE,
                retry(),
                3,
                Duration.ofMinutes(65),
                Duration.ofSeconds(2),
                Duration.ofSeconds(5));
    }

    static Clock clock() {
        return Clock.fixed(NOW, ZoneOffset.UTC);
    }

    StatXploreClient client() {
        return client(settings());
    }

    StatXploreClient client(StatXploreSettings settings) {
        return new StatXploreClient(settings, Map.of(KEY_VARIABLE, KEY)::get, sleeps::add, clock());
    }

    static MappingBuilder table() {
        return post(TABLE);
    }

    static void stubRateLimit(String fixture) throws IOException {
        api.stubFor(get(RATE_LIMIT).willReturn(json(fixture(fixture))));
    }

    static ResponseDefinitionBuilder json(String body) {
        return aResponse()
                .withStatus(200)
                .withHeader("Content-Type", "application/json")
                .withBody(body);
    }

    static String query() throws IOException {
        return fixture("query-uc-conditionality.json").strip();
    }

    static String fixture(String name) throws IOException {
        return Files.readString(fixturePath(name));
    }

    static Path fixturePath(String name) {
        try {
            return Path.of(StatXploreClientTest.class
                    .getResource("/statxplore/" + name)
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
