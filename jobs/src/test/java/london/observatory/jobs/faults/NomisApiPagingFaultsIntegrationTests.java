package london.observatory.jobs.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.util.regex.Pattern;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.Test;

/**
 * The Nomis API, the one paged source: the claimant count's two recorded pages, asked for by
 * {@code recordoffset} until the rows received reach the first page's {@code RECORD_COUNT} (304). The
 * one-page faults (bad rows, a renamed column, 404, 304) are in
 * {@code london.observatory.jobs.NightlyFaultsIntegrationTests}.
 */
class NomisApiPagingFaultsIntegrationTests extends ConnectorFaultsFixture {

    static final String FEED = "nomis-claimant-count";
    static final String PATH = "/api/v01/dataset/NM_162_1.data.csv";
    /** The recording's first page holds 5,000 records, so the pager asks for the second from there. */
    static final int SECOND_PAGE = 5000;

    MappingBuilder page(int offset) {
        return get(urlPathEqualTo(PATH)).withQueryParam("recordoffset", equalTo(Integer.toString(offset)));
    }

    byte[] recorded(int offset) throws IOException {
        return sample("nomis/claimant-count/offset-" + offset + ".csv");
    }

    ObservatoryRun.Outcome run() {
        return nightlyOf(FEED, server.baseUrl() + PATH);
    }

    @Test
    void twoPagesArePublishedAsTheSamplePublishesThem() throws Exception {
        server.stubFor(page(0).willReturn(ok(recorded(0))));
        server.stubFor(page(SECOND_PAGE).willReturn(ok(recorded(SECOND_PAGE))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output()).containsPattern(FEED + "\\s+ingested\\s+9670\\s+9988\\s+0");
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(published()).hasSize(9988).isEqualTo(sampleObservations(FEED));
    }

    @Test
    void theSecondPageUnavailableThenOkIsRetried() throws Exception {
        server.stubFor(page(0).willReturn(ok(recorded(0))));
        server.stubFor(page(SECOND_PAGE)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        server.stubFor(page(SECOND_PAGE)
                .inScenario("flaky")
                .whenScenarioStateIs("recovered")
                .willReturn(ok(recorded(SECOND_PAGE))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .containsPattern(Pattern.quote(
                                "recordoffset=" + SECOND_PAGE + " returned 503 Service Unavailable (attempt 1 of 4); ")
                        + FileOverHttpFaults.FIRST_WAIT);
        server.verify(exactly(3), getRequestedFor(urlPathEqualTo(PATH)));
        assertThat(published()).isEqualTo(sampleObservations(FEED));
    }

    @Test
    void theSecondPageThrottledWaitsAsRetryAfterAsksWithinTheCap() throws Exception {
        server.stubFor(page(0).willReturn(ok(recorded(0))));
        server.stubFor(page(SECOND_PAGE)
                .inScenario("throttled")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("allowed")
                .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
        server.stubFor(page(SECOND_PAGE)
                .inScenario("throttled")
                .whenScenarioStateIs("allowed")
                .willReturn(ok(recorded(SECOND_PAGE))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .contains("recordoffset=" + SECOND_PAGE + " returned 429 Too Many Requests (attempt 1 of 4); "
                        + "retrying in 20 ms (its Retry-After asks 3600 s, capped)");
        assertThat(published()).isEqualTo(sampleObservations(FEED));
    }

    @Test
    void theSecondPageCutShortFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
        server.stubFor(page(0).willReturn(ok(recorded(0))));
        server.stubFor(page(SECOND_PAGE).willReturn(ok(recorded(SECOND_PAGE))));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        server.stubFor(page(0).willReturn(ok(recorded(0))));
        server.stubFor(page(SECOND_PAGE).willReturn(cutShortOfContentLength(recorded(SECOND_PAGE))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .matches("FAILED " + FEED + ": GET " + server.baseUrl() + PATH.replace(".", "\\.")
                        + "\\?.*&recordoffset=" + SECOND_PAGE + " failed: IOException body cut short: "
                        + recorded(SECOND_PAGE).length / 2
                        + " of the " + recorded(SECOND_PAGE).length
                        + " bytes its Content-Length announced after 4 attempts");
        assertThat(published()).isEqualTo(sampleObservations(FEED));
        assertThat(outcomes()).containsExactly("ingested", "failed");
    }
}
