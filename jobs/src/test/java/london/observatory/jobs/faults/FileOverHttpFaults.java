package london.observatory.jobs.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.Test;

/**
 * The faults every source served as files over plain HTTP can meet: the file is at {@link #path()}, in
 * the bytes {@link #body()} gives, and {@link #stub} puts it (and whatever leads to it) on the server.
 * Each family's class adds the faults of its own format.
 */
abstract class FileOverHttpFaults extends ConnectorFaultsFixture {

    /** The first retry's wait as logged: the tests' 10 ms retry delay, jittered to between half and all of it. */
    static final String FIRST_WAIT = "retrying in ([5-9]|10) ms";

    abstract String feedId();

    /** Where the file is served. */
    abstract String path();

    /** The file, in the source's true format. */
    abstract byte[] body() throws IOException;

    /** The file with a column the mapping needs renamed; {@link #missingColumn()} names it. */
    abstract byte[] bodyWithRenamedColumn() throws IOException;

    /** What the failure line says about the renamed column. */
    abstract String missingColumn();

    /** The summary's counts for the sample: rows read, written, quarantined. */
    abstract String sampleCounts();

    /** The URL the feed is pointed at. */
    String url() {
        return server.baseUrl() + path();
    }

    /** The URL the file is fetched from, as failure messages name it. */
    String fileUrl() {
        return url();
    }

    /** Puts the file on the server with {@code response}; sources that need a lookup first add it. */
    void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        server.stubFor(request.willReturn(response));
    }

    MappingBuilder file() {
        return get(urlPathEqualTo(path()));
    }

    ObservatoryRun.Outcome run() {
        return nightlyOf(feedId(), url());
    }

    @Test
    void serviceUnavailableThenOkIsRetriedAndPublishesWhatTheSamplePublishes() throws Exception {
        stub(
                file().inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered"),
                aResponse().withStatus(503));
        stub(file().inScenario("flaky").whenScenarioStateIs("recovered"), ok(body()));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .containsPattern(feedId() + "\\s+ingested\\s+" + sampleCounts())
                .containsPattern(Pattern.quote("returned 503 Service Unavailable (attempt 1 of 4); ") + FIRST_WAIT);
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo(path())));
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
    }

    @Test
    void tooManyRequestsWaitsAsRetryAfterAsksWithinTheCapThenSucceeds() throws Exception {
        stub(
                file().inScenario("throttled")
                        .whenScenarioStateIs(Scenario.STARTED)
                        .willSetStateTo("allowed"),
                aResponse().withStatus(429).withHeader("Retry-After", "120"));
        stub(file().inScenario("throttled").whenScenarioStateIs("allowed"), ok(body()));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .contains("returned 429 Too Many Requests (attempt 1 of 4); "
                        + "retrying in 20 ms (its Retry-After asks 120 s, capped)");
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo(path())));
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
    }

    @Test
    void notModifiedOnTheSecondRunLeavesTheFeedUnchangedAndItsDataAsTheyWere() throws Exception {
        stub(file().atPriority(2), ok(body()).withHeader("ETag", "\"v1\""));
        stub(
                file().atPriority(1).withHeader("If-None-Match", equalTo("\"v1\"")),
                aResponse().withStatus(304));
        assertThat(run().exitCode()).isZero();
        List<String> first = published();

        ObservatoryRun.Outcome second = run();

        assertThat(second.exitCode()).isZero();
        assertThat(second.output()).containsPattern(feedId() + "\\s+unchanged\\s+0\\s+0\\s+0");
        // the first run's fetch may be retried (a connection the test server closed); the second run's is conditional
        List<LoggedRequest> unconditional =
                server.findAll(getRequestedFor(urlPathEqualTo(path())).withHeader("If-None-Match", absent()));
        List<LoggedRequest> conditional =
                server.findAll(getRequestedFor(urlPathEqualTo(path())).withHeader("If-None-Match", equalTo("\"v1\"")));
        assertThat(conditional).hasSize(1);
        assertThat(unconditional)
                .isNotEmpty()
                .allMatch(r -> r.getLoggedDate().before(conditional.get(0).getLoggedDate())
                        || r.getLoggedDate().equals(conditional.get(0).getLoggedDate()));
        assertThat(first).isEqualTo(sampleObservations(feedId()));
        assertThat(published()).isEqualTo(first);
        assertThat(outcomes()).containsExactly("ingested", "unchanged");
    }

    @Test
    void aBodyCutShortOfItsContentLengthFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
        startFromTheSampleRun(feedId());
        stub(file(), cutShortOfContentLength(body()));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .isEqualTo("FAILED " + feedId() + ": GET " + fileUrl() + " failed: IOException body "
                        + "cut short: " + body().length / 2 + " of the " + body().length + " bytes its Content-Length "
                        + "announced after 4 attempts");
        server.verify(exactly(4), getRequestedFor(urlPathEqualTo(path())));
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
        assertThat(outcomes()).containsExactly("ingested", "failed");
    }

    @Test
    void aRenamedColumnFailsTheFeedBeforeAnythingIsWrittenAndKeepsTheLastGoodData() throws Exception {
        startFromTheSampleRun(feedId());
        List<Path> quarantinedBefore = filesUnder(dataDir.resolve("quarantine/" + feedId()));
        stub(file(), ok(bodyWithRenamedColumn()));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run)).startsWith("FAILED " + feedId() + ": ").contains(missingColumn());
        assertThat(dataDir.resolve("staging/" + feedId())).doesNotExist();
        assertThat(filesUnder(dataDir.resolve("quarantine/" + feedId()))).isEqualTo(quarantinedBefore);
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
        assertThat(outcomes()).containsExactly("ingested", "failed");
    }
}
