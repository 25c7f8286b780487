package london.observatory.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook, on three nights of two feeds (WireMock receives the messages): the homelessness feed fails on the
 * first (its URL carries a key, which no message may show; the webhook answers 503 once, so the message is sent
 * again), recovers on the second, and on the third the claimant count, unchanged since December, is late.
 */
class AlertsIntegrationTests {

    private static final String CLAIMANTS = "nomis-claimant-count";
    private static final String HOMELESSNESS = "datastore-homelessness-assessments";
    private static final String HOOK = "/hooks/T000/B000/secret-path";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @TempDir
    Path dataDir;

    private final WireMockServer webhook = new WireMockServer(wireMockConfig().dynamicPort());

    @BeforeEach
    void start() {
        webhook.start();
        webhook.stubFor(post(urlEqualTo(HOOK))
                .inScenario("busy once")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(503))
                .willSetStateTo("up"));
        webhook.stubFor(post(urlEqualTo(HOOK))
                .inScenario("busy once")
                .whenScenarioStateIs("up")
                .willReturn(aResponse().withStatus(204)));
    }

    @AfterEach
    void stop() {
        webhook.stop();
    }

    @Test
    void aFailureIsAnnouncedOnceRetriedAndWithoutItsKeyThenTheRecoveryThenALateFeed() throws Exception {
        Path gone = dataDir.resolve("gone");
        ObservatoryRun.Outcome failed = night(
                "2026-12-07T02:30:00Z",
                "--observatory.feeds." + HOMELESSNESS + ".url=" + gone.toUri() + "?api_key=SECRET-KEY-123");
        assertThat(failed.exitCode()).as(failed.output()).isEqualTo(1); // the alert does not change the exit code

        List<LoggedRequest> first = webhook.findAll(postRequestedFor(urlEqualTo(HOOK)));
        assertThat(first).hasSize(2); // 503, then delivered
        assertThat(first.get(1).getBodyAsString()).isEqualTo(first.get(0).getBodyAsString());
        JsonNode failure = JSON.readTree(first.get(1).getBodyAsString());
        assertThat(List.of(
                        failure.path("event").asString(),
                        failure.path("feed").asString(),
                        failure.path("state").asString(),
                        String.valueOf(failure.path("previousState").isNull()),
                        failure.path("today").asString(),
                        failure.path("lastRunAt").asString()))
                .containsExactly("feed.failed", HOMELESSNESS, "failing", "true", "2026-12-07", "2026-12-07T02:30:00Z");
        assertThat(failure.path("reason").asString()).contains(gone.toUri().toString());
        assertThat(failure.path("text").asString()).startsWith("Observatory: " + HOMELESSNESS + " failed; ");
        assertThat(first.get(1).getHeader("Content-Type")).isEqualTo("application/json");
        assertThat(first.get(1).getBodyAsString()).doesNotContain("SECRET-KEY-123");
        assertThat(failed.output()).doesNotContain("secret-path");

        ObservatoryRun.Outcome recovered = night("2026-12-08T02:30:00Z");
        assertThat(recovered.exitCode()).as(recovered.output()).isZero();
        JsonNode recovery = lastMessage(3);
        assertThat(List.of(
                        recovery.path("event").asString(),
                        recovery.path("feed").asString(),
                        recovery.path("state").asString(),
                        recovery.path("previousState").asString()))
                .containsExactly("feed.recovered", HOMELESSNESS, "fresh", "failing");

        ObservatoryRun.Outcome late = night("2027-01-20T02:30:00Z");
        assertThat(late.exitCode()).as(late.output()).isZero();
        JsonNode lateness = lastMessage(4);
        assertThat(List.of(
                        lateness.path("event").asString(),
                        lateness.path("feed").asString(),
                        lateness.path("expectedNextRelease").asString(),
                        lateness.path("lateFrom").asString(),
                        lateness.path("daysLate").asString()))
                .containsExactly("feed.late", CLAIMANTS, "2027-01-07", "2027-01-14", "13");
        // every feed's state is kept, the 18 never run here (due) too, without a message: 4 requests in all
        JsonNode alerted = JSON.readTree(Files.readString(dataDir.resolve("state/alerts.json")));
        assertThat(List.of(
                        alerted.path(HOMELESSNESS).asString(),
                        alerted.path(CLAIMANTS).asString()))
                .containsExactly("fresh", "late");
        assertThat(alerted.size()).isEqualTo(20);
    }

    private ObservatoryRun.Outcome night(String now, String... extra) {
        String[] args = new String[extra.length + 3];
        args[0] = "--observatory.alerts.webhook-url=" + webhook.baseUrl() + HOOK;
        args[1] = "--observatory.alerts.retry-delay=10ms";
        args[2] = "--observatory.alerts.timeout=5s";
        System.arraycopy(extra, 0, args, 3, extra.length);
        return ObservatoryRun.defaultRun(
                Clock.fixed(Instant.parse(now), ZoneOffset.UTC), dataDir, CLAIMANTS + "," + HOMELESSNESS, args);
    }

    /** The last message, after exactly {@code requests} requests in all. */
    private JsonNode lastMessage(int requests) {
        List<LoggedRequest> all = webhook.findAll(postRequestedFor(urlEqualTo(HOOK)));
        assertThat(all).hasSize(requests);
        return JSON.readTree(all.get(requests - 1).getBodyAsString());
    }
}
