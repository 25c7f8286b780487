package london.observatory.jobs.faults;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
import london.observatory.jobs.ObservatoryRun;
import org.junit.jupiter.api.Test;

/**
 * London Datastore: {@code GET /api/dataset/{id}} (the dataset document, whose newest CSV resource the
 * descriptor's rule picks), then a conditional GET of that resource. The faults common to files are met
 * on the resource; the document has its own below.
 */
class DatastoreFaultsIntegrationTests extends FileOverHttpFaults {

    static final String DATASET = "/api/dataset/personal-insolvency-statistics-borough";
    static final String RESOURCE =
            "download/personal-insolvency-statistics-borough/a94f3b0e-6c2d-4e8a-b7f1-2d9c0e4a6b02/"
                    + "personal-insolvency-borough-2023.csv";

    @Override
    String feedId() {
        return "datastore-personal-insolvency";
    }

    @Override
    String path() {
        return "/" + RESOURCE;
    }

    @Override
    String url() {
        return server.baseUrl();
    }

    @Override
    String fileUrl() {
        return server.baseUrl() + path();
    }

    @Override
    byte[] body() throws IOException {
        return sample("datastore/" + RESOURCE);
    }

    @Override
    byte[] bodyWithRenamedColumn() throws IOException {
        return bytes(text(body()).replaceFirst("Total individual insolvencies", "Total insolvencies"));
    }

    @Override
    String missingColumn() {
        return "has no column Total individual insolvencies";
    }

    @Override
    String sampleCounts() {
        return "34\\s+99\\s+0";
    }

    @Override
    void stub(MappingBuilder request, ResponseDefinitionBuilder response) {
        server.stubFor(dataset().willReturn(ok(datasetDocument())));
        super.stub(request, response);
    }

    MappingBuilder dataset() {
        return get(urlPathEqualTo(DATASET));
    }

    byte[] datasetDocument() {
        try {
            return sample("datastore" + DATASET + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void theDatasetDocumentUnavailableThenOkIsRetriedWithTheRunsRetrySettings() throws Exception {
        server.stubFor(dataset()
                .atPriority(1)
                .inScenario("flaky")
                .whenScenarioStateIs(Scenario.STARTED)
                .willSetStateTo("recovered")
                .willReturn(aResponse().withStatus(503)));
        stub(file(), ok(body()));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isZero();
        assertThat(run.output())
                .containsPattern(Pattern.quote(feedId() + ": GET " + server.baseUrl() + DATASET
                                + " returned 503 Service Unavailable (attempt 1 of 4); ")
                        + FileOverHttpFaults.FIRST_WAIT);
        server.verify(exactly(2), getRequestedFor(urlPathEqualTo(DATASET)));
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
    }

    @Test
    void aDatasetDocumentCutShortFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
        stub(file(), ok(body()));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        server.stubFor(dataset().willReturn(cutShortOfContentLength(datasetDocument())));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .isEqualTo("FAILED " + feedId() + ": GET " + server.baseUrl() + DATASET
                        + " failed: IOException body cut short: " + datasetDocument().length / 2 + " of the "
                        + datasetDocument().length + " bytes its Content-Length announced after 4 attempts");
        server.verify(exactly(0), getRequestedFor(urlPathEqualTo(path())));
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
    }

    @Test
    void aDatasetWithoutACsvResourceFailsTheFeedNamingWhatItHas() throws Exception {
        stub(file(), ok(body()));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        server.stubFor(dataset()
                .willReturn(ok(bytes(text(datasetDocument()).replace("\"format\": \"csv\"", "\"format\": \"ods\"")))));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .startsWith(
                        "FAILED " + feedId() + ": dataset personal-insolvency-statistics-"
                                + "borough: no resource matches format=csv, newest; resources seen: 7c1e0a52-3d8f-4b61-9a0e-"
                                + "5f2d8c4b1a01 'Personal insolvency by borough 2022' (ods, personal-insolvency-borough-2022.csv, ");
        server.verify(exactly(0), getRequestedFor(urlPathEqualTo(path())));
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
    }
}
