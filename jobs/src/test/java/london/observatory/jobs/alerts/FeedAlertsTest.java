package london.observatory.jobs.alerts;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import london.observatory.freshness.FeedStatus;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.ObservatoryProperties.AlertProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** A message the webhook did not take is sent again by the next run; a refusal (4xx) is not retried at once. */
class FeedAlertsTest {

    @TempDir
    Path dataDir;

    private final WireMockServer webhook = new WireMockServer(wireMockConfig().dynamicPort());
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        webhook.stop();
    }

    @Test
    void anUndeliveredFailureIsSentAgainByTheNextRunAndThenNotAgain() throws Exception {
        FeedAlerts alerts = alertsToAWebhookAnswering(500);
        List<FeedStatus> failing = List.of(failing("nomis-claimant-count"));

        alerts.deliver(failing, settings());
        assertThat(webhook.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(3); // every attempt used
        assertThat(waits).containsExactly(Duration.ofMillis(5), Duration.ofMillis(5));
        assertThat(dataDir.resolve("state/alerts.json")).doesNotExist();

        webhook.resetAll();
        webhook.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200)));
        alerts.deliver(failing, settings());
        alerts.deliver(failing, settings()); // still failing: nothing new to say
        assertThat(webhook.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1);
        assertThat(Files.readString(dataDir.resolve("state/alerts.json")))
                .isEqualTo("{\"nomis-claimant-count\":\"failing\"}");

        webhook.resetAll();
        webhook.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(404)));
        alerts.deliver(List.of(failing("southwark-council-tax-arrears")), settings());
        assertThat(webhook.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(1); // refused, not retried
    }

    /** Waits double from retry-delay, as the fetcher's do; a 429's Retry-After is waited as asked. */
    @Test
    void retriesWaitAsTheFetchersRetryPolicySaysAndATooManyRequestsAsItsRetryAfterAsks() throws Exception {
        FeedAlerts alerts = alertsToAWebhookAnswering(503);
        AlertProperties settings = new AlertProperties(
                URI.create(webhook.baseUrl() + "/hook"),
                Duration.ofSeconds(5),
                3,
                Duration.ofMillis(5),
                Duration.ofSeconds(30));

        alerts.deliver(List.of(failing("nomis-claimant-count")), settings);
        assertThat(waits).containsExactly(Duration.ofMillis(5), Duration.ofMillis(10));

        waits.clear();
        webhook.resetAll();
        webhook.stubFor(post(urlEqualTo("/hook"))
                .inScenario("busy")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "2"))
                .willSetStateTo("free"));
        webhook.stubFor(post(urlEqualTo("/hook"))
                .inScenario("busy")
                .whenScenarioStateIs("free")
                .willReturn(aResponse().withStatus(200)));
        alerts.deliver(List.of(failing("nomis-claimant-count")), settings);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
        assertThat(webhook.findAll(postRequestedFor(urlEqualTo("/hook")))).hasSize(2);
    }

    /** Alerts on 2 January 2027 to the webhook, which answers every POST with {@code status}; waits recorded. */
    private FeedAlerts alertsToAWebhookAnswering(int status) {
        webhook.start();
        webhook.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(status)));
        return new FeedAlerts(
                properties(), Clock.fixed(Instant.parse("2027-01-02T03:00:00Z"), ZoneOffset.UTC), waits::add);
    }

    private static FeedStatus failing(String feed) {
        Instant run = Instant.parse("2027-01-02T02:30:00Z");
        return new FeedStatus(feed, "monthly", "run-2", run, "failed", "HTTP 503", null, null, null, 7, false);
    }

    private AlertProperties settings() {
        return new AlertProperties(
                URI.create(webhook.baseUrl() + "/hook"), Duration.ofSeconds(5), 3, Duration.ofMillis(5), Duration.ZERO);
    }

    private ObservatoryProperties properties() {
        return new Binder(new MapConfigurationPropertySource(
                        java.util.Map.of("observatory.data-dir", dataDir.toString())))
                .bindOrCreate("observatory", ObservatoryProperties.class);
    }
}
