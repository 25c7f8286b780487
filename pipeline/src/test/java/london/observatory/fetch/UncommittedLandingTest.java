package london.observatory.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * R3: a landing a stopped or killed run made and never committed is reused by the next run when the source says
 * it has not changed (304 to the landing's own validators), not downloaded again; a changed source is landed anew.
 * An unconditional fetch (a backfill's) asks for the source whole, whatever the committed and pending landings are.
 */
class UncommittedLandingTest {

    private static final String BODY = "code,value\nE09000001,10\nE09000002,20\n";
    private static final Instant FIRST = Instant.parse("2026-12-07T02:30:00Z");
    private static final Instant RESTART = Instant.parse("2026-12-07T02:45:00Z");

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dataDir;

    private Fetcher fetcher;

    @BeforeEach
    void fetcher() {
        fetcher = new Fetcher(
                dataDir,
                new HttpGetter(Duration.ofSeconds(5), Duration.ofSeconds(5), Clock.systemUTC()),
                new RetryPolicy(1, Duration.ZERO, Duration.ZERO));
    }

    @Test
    void r3ALandingNeverCommittedIsReusedWhenTheSourceAnswers304ToItsValidators() throws Exception {
        servesVersion2ThenNotModified();
        FetchResult first = fetcher.fetch("feed", FIRST, single());
        // ... and the run dies before its commit saves the feed's state

        FetchResult restart = fetcher.fetch("feed", RESTART, single());

        assertThat(restart.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(restart.landingDir()).isEqualTo(first.landingDir());
        assertThat(restart.pages()).isEqualTo(first.pages());
        assertThat(Files.readString(restart.pages().get(0))).isEqualTo(BODY);
        assertThat(dataDir.resolve("raw/feed/20261207T024500Z")).doesNotExist();
        server.verify(exactly(1), getRequestedFor(urlPathEqualTo("/data.csv")).withHeader("If-None-Match", absent()));
        server.verify(
                exactly(1),
                getRequestedFor(urlPathEqualTo("/data.csv")).withHeader("If-None-Match", equalTo("\"v2\"")));
    }

    @Test
    void aSourceThatChangedSinceTheUncommittedLandingIsLandedAnew() throws Exception {
        servesVersion2();
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .withHeader("If-None-Match", equalTo("\"v2\""))
                .willReturn(
                        aResponse().withStatus(200).withHeader("ETag", "\"v3\"").withBody(BODY + "E09000003,30\n")));
        FetchResult first = fetcher.fetch("feed", FIRST, single());

        FetchResult restart = fetcher.fetch("feed", RESTART, single());

        assertThat(restart.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(restart.landingDir()).isNotEqualTo(first.landingDir());
        assertThat(Files.readString(restart.pages().get(0))).endsWith("E09000003,30\n");
    }

    @Test
    void theCommittedLandingIsNotPendingAndA304MeansUnchanged() throws Exception {
        servesVersion2ThenNotModified();
        FetchResult first = fetcher.fetch("feed", FIRST, single());
        commit(first);

        FetchResult next = fetcher.fetch("feed", RESTART, single());

        assertThat(next.outcome()).isEqualTo(FetchOutcome.UNCHANGED);
    }

    @Test
    void anUnconditionalFetchLandsTheSameBytesAsTheCommittedFetchAgain() throws Exception {
        servesVersion2ThenNotModified();
        FetchResult committed = fetcher.fetch("feed", FIRST, single());
        commit(committed);

        FetchResult again = fetcher.unconditional().fetch("feed", RESTART, single());

        assertThat(again.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(Files.readString(again.pages().get(0))).isEqualTo(BODY);
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo("/data.csv")).withHeader("If-None-Match", absent()));
    }

    @Test
    void anUnconditionalFetchLandsAnewInsteadOfReusingALandingNeverCommitted() throws Exception {
        servesVersion2ThenNotModified();
        FetchResult pending = fetcher.fetch("feed", FIRST, single());

        FetchResult again = fetcher.unconditional().fetch("feed", RESTART, single());

        assertThat(again.outcome()).isEqualTo(FetchOutcome.LANDED);
        assertThat(again.landingDir()).isNotEqualTo(pending.landingDir());
        assertThat(Files.readString(again.pages().get(0))).isEqualTo(BODY);
        server.verify(
                exactly(0),
                getRequestedFor(urlPathEqualTo("/data.csv")).withHeader("If-None-Match", equalTo("\"v2\"")));
    }

    /** Version 2 to an unconditional request. */
    private static void servesVersion2() {
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .withHeader("If-None-Match", absent())
                .willReturn(
                        aResponse().withStatus(200).withHeader("ETag", "\"v2\"").withBody(BODY)));
    }

    /** Version 2 to an unconditional request, 304 to one that has it. */
    private static void servesVersion2ThenNotModified() {
        servesVersion2();
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .withHeader("If-None-Match", equalTo("\"v2\""))
                .willReturn(aResponse().withStatus(304)));
    }

    private static PageSequence single() {
        return new PageSequence() {
            @Override
            public String firstUrl() {
                return server.baseUrl() + "/data.csv";
            }

            @Override
            public Optional<String> next(Path landedPage) {
                return Optional.empty();
            }
        };
    }

    /** Records {@code fetch} as the feed's committed fetch of version 2, as a run's commit does. */
    private void commit(FetchResult fetch) {
        fetcher.states()
                .save(
                        "feed",
                        new FeedState(
                                server.baseUrl() + "/data.csv",
                                "\"v2\"",
                                null,
                                fetch.manifest().sha256()));
    }
}
