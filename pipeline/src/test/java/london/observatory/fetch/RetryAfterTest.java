package london.observatory.fetch;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** A server's Retry-After, in either of its forms, is how long we wait before asking again, within the cap. */
class RetryAfterTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:45:00Z");

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort())
            .build();

    @TempDir
    Path dir;

    private final List<Duration> sleeps = new ArrayList<>();

    @Test
    void delaySecondsAreTheWait() {
        assertThat(RetryAfter.parse("120", NOW)).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryAfter.parse(" 0 ", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anHttpDateIsTheWaitFromNow() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 02:46:30 GMT", NOW)).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void anHttpDateAlreadyPastMeansNow() {
        assertThat(RetryAfter.parse("Sun, 22 Nov 2026 02:44:00 GMT", NOW)).isEqualTo(Duration.ZERO);
    }

    @Test
    void anythingElseIsUnreadableAndLeavesTheWaitToOurBackoff() {
        assertThat(RetryAfter.parse(null, NOW)).isNull();
        assertThat(RetryAfter.parse("", NOW)).isNull();
        assertThat(RetryAfter.parse("-5", NOW)).isNull();
        assertThat(RetryAfter.parse("1.5", NOW)).isNull();
        assertThat(RetryAfter.parse("tomorrow", NOW)).isNull();
    }

    @Test
    void tooManyRequestsWithAnHttpDateWaitsUntilThenCappedByTheMaximum() throws Exception {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(
                NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC));
        throttledOnce(aResponse().withStatus(429).withHeader("Retry-After", inAnHour));

        RetryingGetter.Answer answer =
                getter(Duration.ofSeconds(30)).get("feed", url(), HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(answer.attempts()).isEqualTo(2);
        assertThat(sleeps).containsExactly(Duration.ofSeconds(30));
        assertThat(Files.readString(dir.resolve("p.csv"))).isEqualTo("a,b\n1,2\n");
    }

    /** The wait is measured from the run's clock, not the machine's: a date 42 s after the fixed clock is 42 s. */
    @Test
    void aRetryAfterHttpDateIsReadAgainstTheInjectedClock() throws Exception {
        throttledOnce(aResponse().withStatus(503).withHeader("Retry-After", "Sun, 22 Nov 2026 02:45:42 GMT"));

        getter(Duration.ofSeconds(60)).get("feed", url(), HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(42));
    }

    @Test
    void serviceUnavailableWithDelaySecondsWaitsThatLong() throws Exception {
        throttledOnce(aResponse().withStatus(503).withHeader("Retry-After", "7"));

        getter(Duration.ofSeconds(30)).get("feed", url(), HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(sleeps).containsExactly(Duration.ofSeconds(7));
    }

    @Test
    void anHttpDateAlreadyPastRetriesAtOnce() throws Exception {
        throttledOnce(aResponse().withStatus(429).withHeader("Retry-After", "Thu, 01 Jan 2015 00:00:00 GMT"));

        getter(Duration.ofSeconds(30)).get("feed", url(), HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(sleeps).containsExactly(Duration.ZERO);
    }

    @Test
    void withoutRetryAfterOurOwnBackoffApplies() throws Exception {
        throttledOnce(aResponse().withStatus(429).withHeader("Retry-After", "whenever"));

        getter(Duration.ofSeconds(30)).get("feed", url(), HttpValidators.none(), dir.resolve("p.csv"));

        assertThat(sleeps).containsExactly(Duration.ofMillis(10));
    }

    private void throttledOnce(ResponseDefinitionBuilder first) {
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("allowed")
                .willReturn(first));
        server.stubFor(get(urlPathEqualTo("/data.csv"))
                .inScenario("throttled")
                .whenScenarioStateIs("allowed")
                .willReturn(aResponse().withStatus(200).withBody("a,b\n1,2\n")));
    }

    private RetryingGetter getter(Duration maxDelay) {
        return new RetryingGetter(
                new HttpGetter(Duration.ofSeconds(5), Duration.ofSeconds(5), Clock.fixed(NOW, ZoneOffset.UTC)),
                new RetryPolicy(4, Duration.ofMillis(10), maxDelay),
                sleeps::add);
    }

    private String url() {
        return server.baseUrl() + "/data.csv";
    }
}
