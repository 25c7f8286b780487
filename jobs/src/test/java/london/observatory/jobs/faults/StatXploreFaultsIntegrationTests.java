package london.observatory.jobs.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.Test;

/**
 * DWP Stat-Xplore: {@code GET /rate_limit} (free) before each {@code POST /table}, which answers the whole
 * cube as JSON; every request carries the {@code APIKey} header, here from a property named like the
 * descriptor's variable. {@code /schema} is not asked by the nightly lander. {@code /table} sends no
 * ETag: an unchanged source is told by the same bytes.
 */
class StatXploreFaultsIntegrationTests extends ConnectorFaultsFixture {

    static final String FEED = "statxplore-uc-conditionality";
    static final String BASE = "/webapi/rest/v1";
    static final String KEY = "sx-test-key-7f3a9c";

    /**
     * "Now" for the job's next run: its clock is fixed there, so a reset set 300 ms after it is 300 ms away
     * however long the application takes to start on a busy machine, and the wait it logs is exact. Each
     * run moves it on a minute, as time would: the run id is the start time, and a second run with the same
     * id would be the same job instance.
     */
    Instant now = Instant.parse("2025-11-03T02:00:00Z");

    byte[] table() throws IOException {
        return sample("statxplore/uc-conditionality-lsoa.json");
    }

    MappingBuilder tablePost() {
        return post(urlPathEqualTo(BASE + "/table")).withHeader("APIKey", equalTo(KEY));
    }

    void rateLimit(long remaining, Instant reset) {
        server.stubFor(get(urlPathEqualTo(BASE + "/rate_limit"))
                .withHeader("APIKey", equalTo(KEY))
                .willReturn(ok(bytes("{\"remaining\":" + remaining + ",\"limit\":2000,\"reset\":" + reset.toEpochMilli()
                                + "}"))
                        .withHeader("Content-Type", "application/json")));
    }

    ObservatoryRun.Outcome run() throws IOException {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        now = now.plus(Duration.ofMinutes(1));
        ObservatoryRun.Outcome run = nightlyOf(clock, FEED, server.baseUrl() + BASE, "--STATXPLORE_API_KEY=" + KEY);
        assertThat(run.output()).doesNotContain(KEY);
        assertThat(filesHolding(KEY)).isEmpty();
        return run;
    }

    @Test
    void tableUnavailableThenOkIsRetriedAndPublishesWhatTheSamplePublishes() throws Exception {
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        server.stubFor(tablePost()
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(
                tablePost().inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok(table())));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .containsPattern(FEED + "\\s+ingested\\s+19976\\s+19976\\s+0")
                .containsPattern(Pattern.quote("stat-xplore: POST " + server.baseUrl() + BASE
                                + "/table returned 503 Service Unavailable (attempt 1 of 4); ")
                        + FileOverHttpFaults.FIRST_WAIT);
        server.verify(exactly(2), postRequestedFor(urlPathEqualTo(BASE + "/table")));
        assertThat(published()).isEqualTo(sampleObservations(FEED));
    }

    @Test
    void tooManyRequestsWaitsForTheResetItsHeaderNamesThenSucceeds() throws Exception {
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        Instant reset = now.plusMillis(300);
        server.stubFor(tablePost()
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("allowed")
                .willReturn(aResponse()
                        .withStatus(429)
                        .withHeader("x-ratelimit-reset", Long.toString(reset.toEpochMilli()))));
        server.stubFor(tablePost()
                .inScenario("throttled")
                .whenScenarioStateIs("allowed")
                .willReturn(ok(table())));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .contains("stat-xplore: POST " + server.baseUrl() + BASE + "/table returned 429 Too "
                        + "Many Requests; waiting 300 ms for the limit to reset at " + reset);
        server.verify(exactly(2), postRequestedFor(urlPathEqualTo(BASE + "/table")));
        assertThat(published()).isEqualTo(sampleObservations(FEED));
    }

    @Test
    void aUsedUpLimitWaitsForTheResetRateLimitGivesBeforePosting() throws Exception {
        Instant reset = now.plusMillis(300);
        rateLimit(0, reset);
        server.stubFor(tablePost().willReturn(ok(table())));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .contains("found the rate limit used up (0 of 2000 left this hour); waiting 300 ms "
                        + "for the limit to reset at " + reset);
        server.verify(exactly(1), postRequestedFor(urlPathEqualTo(BASE + "/table")));
        assertThat(published()).isEqualTo(sampleObservations(FEED));
    }

    @Test
    void theSameTableOnTheSecondRunLeavesTheFeedUnchanged() throws Exception {
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        server.stubFor(tablePost().willReturn(ok(table())));
        assertThat(run().exitCode()).isZero();

        ObservatoryRun.Outcome second = run();

        assertThat(second.exitCode()).isZero();
        assertThat(second.output())
                .containsPattern(FEED + "\\s+unchanged\\s+0\\s+0\\s+0")
                .contains(FEED + ": unchanged, the source sent the same bytes as the last committed fetch");
        assertThat(published()).isEqualTo(sampleObservations(FEED));
        assertThat(outcomes()).containsExactly("ingested", "unchanged");
    }

    @Test
    void aTableCutShortFailsTheFeedAfterItsRetriesAndKeepsTheLastGoodData() throws Exception {
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        server.stubFor(tablePost().willReturn(ok(table())));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        server.stubFor(tablePost().willReturn(cutShortOfContentLength(table())));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .isEqualTo(
                        "FAILED " + FEED + ": stat-xplore: POST " + server.baseUrl() + BASE
                                + "/table returned truncated or invalid JSON: Unexpected end-of-input within/between Object entries after 4 attempts");
        server.verify(exactly(4), postRequestedFor(urlPathEqualTo(BASE + "/table")));
        assertThat(published()).isEqualTo(sampleObservations(FEED));
        assertThat(outcomes()).containsExactly("ingested", "failed");
    }

    @Test
    void aRenamedFieldFailsTheFeedBeforeAnythingIsWrittenAndKeepsTheLastGoodData() throws Exception {
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        server.stubFor(tablePost().willReturn(ok(table())));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        rateLimit(1999, now.plus(Duration.ofHours(1)));
        server.stubFor(tablePost()
                .willReturn(ok(bytes(
                        text(table()).replace("\"label\": \"Conditionality Regime\"", "\"label\": \"Regime\"")))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .isEqualTo("FAILED " + FEED + ": page-00000.json has no column Conditionality "
                        + "Regime (header: National - Regional - LA - OAs,National - Regional - LA - OAs code,Month,Month code,"
                        + "Regime,Regime code,People on Universal Credit)");
        assertThat(dataDir.resolve("staging/" + FEED)).doesNotExist();
        assertThat(published()).isEqualTo(sampleObservations(FEED));
        assertThat(outcomes()).containsExactly("ingested", "failed");
    }

    @Test
    void withoutAnApiKeyTheFeedFailsNamingTheVariable() throws Exception {
        // A blank key on the command line outranks the environment, so this holds on a machine that has a key.
        ObservatoryRun.Outcome run = nightlyOf(FEED, server.baseUrl() + BASE, "--STATXPLORE_API_KEY=");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .isEqualTo("FAILED " + FEED + ": stat-xplore: no API key: environment variable "
                        + "STATXPLORE_API_KEY is not set (the key is on the Stat-Xplore Account page)");
        assertThat(server.getAllServeEvents()).isEmpty();
    }

    /** Files under the data directory whose bytes hold {@code secret}. */
    List<Path> filesHolding(String secret) throws IOException {
        byte[] needle = bytes(secret);
        try (Stream<Path> files = Files.walk(dataDir)) {
            return files.filter(Files::isRegularFile)
                    .filter(file -> {
                        try {
                            return indexOf(Files.readAllBytes(file), needle) >= 0;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
    }

    static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
