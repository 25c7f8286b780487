package london.observatory.jobs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.exactly;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every connector's faults through the whole nightly job: only the feed under test runs, its URL points at
 * WireMock serving the data-samples file in the source's true format, and each test checks what the
 * operator sees (exit code, summary line) and what is published (the DuckDB observations, the runs table).
 * Retries wait 10 ms and a server's Retry-After is capped at 20 ms; the Stat-Xplore rate-limit tests wait
 * for a reset they set 300 ms ahead. Tests assert the waits the job chose (its log lines) and exact figures
 * (rows, line numbers, request counts), never how long anything took.
 *
 * <p>Paging: only the Nomis API pages ({@code RECORD_COUNT}/{@code recordoffset}), covered here for the
 * claimant count over two pages. Nomis Census tables are bulk ZIP downloads, one file per table; the
 * Datastore serves one dataset document then one resource; Stat-Xplore answers a whole cube to one
 * {@code POST /table}. None of those has pages.
 */
class ConnectorFaultsIntegrationTests {

    /** Caps any Retry-After, so a server asking for minutes costs the test 20 ms. */
    private static final String MAX_RETRY_DELAY = "--observatory.http.max-retry-delay=20ms";

    @TempDir
    static Path sampleRuns;

    /** Each feed's observations from its data-samples file (a {@code file:} URL, no HTTP), computed once. */
    private static final Map<String, List<String>> SAMPLE_OBSERVATIONS = new HashMap<>();

    @TempDir
    Path dataDir;

    WireMockServer server;

    @BeforeEach
    void startServer() {
        server = new WireMockServer(wireMockConfig().dynamicPort());
        server.start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    /**
     * The faults every source served as files over plain HTTP can meet: the file is at {@link #path()}, in
     * the bytes {@link #body()} gives, and {@link #stub} puts it (and whatever leads to it) on the server.
     */
    abstract class FileOverHttpFaults {

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
            stub(file().inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered"),
                    aResponse().withStatus(503));
            stub(file().inScenario("flaky").whenScenarioStateIs("recovered"), ok(body()));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).containsPattern(feedId() + "\\s+ingested\\s+" + sampleCounts())
                    .contains("returned 503 Service Unavailable (attempt 1 of 4); retrying in 10 ms");
            server.verify(exactly(2), getRequestedFor(urlPathEqualTo(path())));
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
        }

        @Test
        void tooManyRequestsWaitsAsRetryAfterAsksWithinTheCapThenSucceeds() throws Exception {
            stub(file().inScenario("throttled").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("allowed"),
                    aResponse().withStatus(429).withHeader("Retry-After", "120"));
            stub(file().inScenario("throttled").whenScenarioStateIs("allowed"), ok(body()));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains("returned 429 Too Many Requests (attempt 1 of 4); "
                    + "retrying in 20 ms (its Retry-After asks 120 s, capped)");
            server.verify(exactly(2), getRequestedFor(urlPathEqualTo(path())));
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
        }

        @Test
        void notModifiedOnTheSecondRunLeavesTheFeedUnchangedAndItsDataAsTheyWere() throws Exception {
            stub(file().atPriority(2), ok(body()).withHeader("ETag", "\"v1\""));
            stub(file().atPriority(1).withHeader("If-None-Match", equalTo("\"v1\"")), aResponse().withStatus(304));
            assertThat(run().exitCode()).isZero();
            List<String> first = published();

            ObservatoryRun.Outcome second = run();

            assertThat(second.exitCode()).isZero();
            assertThat(second.output()).containsPattern(feedId() + "\\s+unchanged\\s+0\\s+0\\s+0");
            server.verify(exactly(1), getRequestedFor(urlPathEqualTo(path())).withHeader("If-None-Match", absent()));
            server.verify(exactly(1), getRequestedFor(urlPathEqualTo(path())).withHeader("If-None-Match", equalTo("\"v1\"")));
            assertThat(first).isEqualTo(sampleObservations(feedId()));
            assertThat(published()).isEqualTo(first);
            assertThat(outcomes()).containsExactly("ingested", "unchanged");
        }

        @Test
        void aBodyCutShortOfItsContentLengthFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
            stub(file(), ok(body()));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            stub(file(), cutShortOfContentLength(body()));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).isEqualTo("FAILED " + feedId() + ": GET " + fileUrl() + " failed: IOException body "
                    + "cut short: " + body().length / 2 + " of the " + body().length + " bytes its Content-Length "
                    + "announced after 4 attempts");
            server.verify(exactly(4), getRequestedFor(urlPathEqualTo(path())));
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
            assertThat(outcomes()).containsExactly("ingested", "failed");
        }

        @Test
        void aRenamedColumnFailsTheFeedBeforeAnythingIsWrittenAndKeepsTheLastGoodData() throws Exception {
            stub(file(), ok(body()));
            assertThat(run().exitCode()).isZero();
            List<Path> quarantinedBefore = filesUnder(dataDir.resolve("quarantine/" + feedId()));
            server.resetAll();
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

    /**
     * Nomis Census 2021 bulk download: {@code census2021-ts037.zip} holding the LSOA CSV the feed reads (the
     * archive is built here from the data-samples CSV, which is what its LSOA entry holds).
     */
    @Nested
    class NomisCensusZip extends FileOverHttpFaults {

        static final String CSV = "census2021-ts037-lsoa.csv";
        static final String BAD_HEALTH = "General health: Bad health; measures: Value";

        @Override
        String feedId() {
            return "nomis-census-ts037";
        }

        @Override
        String path() {
            return "/output/census/2021/census2021-ts037.zip";
        }

        @Override
        byte[] body() throws IOException {
            return zip(CSV, sample("nomis/" + CSV));
        }

        @Override
        byte[] bodyWithRenamedColumn() throws IOException {
            return zip(CSV, bytes(text(sample("nomis/" + CSV)).replace(BAD_HEALTH, "General health: Poor health; measures: Value")));
        }

        @Override
        String missingColumn() {
            return "has no column " + BAD_HEALTH;
        }

        @Override
        String sampleCounts() {
            return "156\\s+154\\s+0";
        }

        @Test
        void aCsvCutMidRowQuarantinesTheCutRowByItsLineNumber() throws Exception {
            String csv = text(sample("nomis/" + CSV));
            List<String> lines = csv.lines().toList();
            String cut = String.join("\r\n", lines.subList(0, 154)) + "\r\n" + lines.get(154).substring(0, 40);
            stub(file(), ok(zip(CSV, bytes(cut))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).containsPattern(feedId() + "\\s+ingested\\s+154\\s+153\\s+1");
            assertThat(Files.readAllLines(onlyFile(dataDir.resolve("quarantine/" + feedId())))).containsExactly(
                    "file,line,reason,raw",
                    "page-00000.zip.census2021-ts037-lsoa.csv,155,cut short: 4 of the header's 9 fields,"
                            + "\"2021,Westminster 002B,E01990154,15\"");
            assertThat(ObservatoryRun.query(dataDir, "SELECT count(*), count(*) FILTER (area_code = 'E01990154') "
                    + "FROM observations")).containsExactly("153|0");
        }
    }

    /** OHID Fingertips {@code all_data/csv/by_indicator_id}: one CSV for the indicator and area type. */
    @Nested
    class FingertipsCsv extends FileOverHttpFaults {

        static final String SAMPLE = "fingertips/21001-counties-uas.csv";

        @Override
        String feedId() {
            return "fingertips-self-harm-admissions";
        }

        @Override
        String path() {
            return "/api/all_data/csv/by_indicator_id";
        }

        @Override
        String url() {
            return server.baseUrl() + path() + "?indicator_ids=21001&child_area_type_id=502&parent_area_type_id=6";
        }

        @Override
        byte[] body() throws IOException {
            return sample(SAMPLE);
        }

        @Override
        byte[] bodyWithRenamedColumn() throws IOException {
            return bytes(text(body()).replaceFirst("Lower CI 95.0 limit", "Lower CI 95% limit"));
        }

        @Override
        String missingColumn() {
            return "has no column Lower CI 95.0 limit";
        }

        @Override
        String sampleCounts() {
            return "70\\s+66\\s+0";
        }

        /** One cut row of 70 is more than the 1% of bad rows the feed allows, so the feed fails. */
        @Test
        void aCsvCutMidRowQuarantinesTheCutRowByItsLineNumberAndKeepsTheLastGoodData() throws Exception {
            stub(file(), ok(body()));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            List<String> lines = text(body()).lines().toList();
            String cut = String.join("\n", lines.subList(0, 70)) + "\n" + lines.get(70).substring(0, 120);
            stub(file(), ok(bytes(cut)));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            Path quarantine = onlyFile(dataDir.resolve("quarantine/" + feedId()));
            assertThat(failureLine(run)).isEqualTo("FAILED " + feedId() + ": 1 of 70 rows (1.4%) are bad, more than "
                    + "the 1.0% allowed; see " + quarantine);
            assertThat(Files.readAllLines(quarantine)).containsExactly("file,line,reason,raw",
                    "page-00000.csv,71,cut short: 7 of the header's 27 fields,\"21001,Emergency Hospital Admissions for "
                            + "Intentional Self-Harm,E12000007,London,E09000033,Westminster,Counties & UAs (fro\"");
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
            assertThat(outcomes()).containsExactly("ingested", "failed");
        }
    }

    /**
     * London Datastore: {@code GET /api/dataset/{id}} (the dataset document, whose newest CSV resource the
     * descriptor's rule picks), then a conditional GET of that resource. The faults common to files are met
     * on the resource; the document has its own below.
     */
    @Nested
    class Datastore extends FileOverHttpFaults {

        static final String DATASET = "/api/dataset/personal-insolvency-statistics-borough";
        static final String RESOURCE = "download/personal-insolvency-statistics-borough/a94f3b0e-6c2d-4e8a-b7f1-2d9c0e4a6b02/"
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
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Test
        void theDatasetDocumentUnavailableThenOkIsRetriedWithTheRunsRetrySettings() throws Exception {
            server.stubFor(dataset().atPriority(1).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("recovered").willReturn(aResponse().withStatus(503)));
            stub(file(), ok(body()));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains(feedId() + ": GET " + server.baseUrl() + DATASET
                    + " returned 503 Service Unavailable (attempt 1 of 4); retrying in 10 ms");
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
            assertThat(failureLine(run)).isEqualTo("FAILED " + feedId() + ": GET " + server.baseUrl() + DATASET
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
            server.stubFor(dataset().willReturn(ok(bytes(text(datasetDocument()).replace("\"format\": \"csv\"",
                    "\"format\": \"ods\"")))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).startsWith("FAILED " + feedId() + ": dataset personal-insolvency-statistics-"
                    + "borough: no resource matches format=csv, newest; resources seen: 7c1e0a52-3d8f-4b61-9a0e-"
                    + "5f2d8c4b1a01 'Personal insolvency by borough 2022' (ods, personal-insolvency-borough-2022.csv, ");
            server.verify(exactly(0), getRequestedFor(urlPathEqualTo(path())));
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
        }
    }

    /**
     * The Insolvency Service's "Individual insolvencies by location" workbook, an XLSX on GOV.UK's asset host;
     * the feed reads its local authority numbers table.
     */
    @Nested
    class InsolvencyXlsx extends FileOverHttpFaults {

        static final String SAMPLE = "insolvency/Individual_insolvencies_by_location_age_and_gender_2023.xlsx";

        @Override
        String feedId() {
            return "insolvency-service-by-location";
        }

        @Override
        String path() {
            return "/media/6543a1b2c3d4e5f6a7b8c9d0/Individual_insolvencies_by_location_age_and_gender_2023.xlsx";
        }

        @Override
        byte[] body() throws IOException {
            return sample(SAMPLE);
        }

        /** The workbook's code column heading reworded: no header row is found. */
        @Override
        byte[] bodyWithRenamedColumn() throws IOException {
            return withHeading("Area code", "Local authority");
        }

        /** {@code from} reworded as {@code to} wherever it is a cell's whole text, in every sheet. */
        byte[] withHeading(String from, String to) throws IOException {
            try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body()))) {
                workbook.forEach(sheet -> {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(from)) {
                                cell.setCellValue(to);
                            }
                        }
                    }
                });
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            }
        }

        @Override
        String missingColumn() {
            return "cannot read page-00000.xlsx: no header row in page-00000.xlsx#Table_2: no cell matches "
                    + "/(?i)([\\w ]{0,40} )?code/ in a row of two or more cells";
        }

        /** 140 authority rows × 10 years read, 2 types × 33 boroughs × 10 years published. */
        @Override
        String sampleCounts() {
            return "1400\\s+660\\s+0";
        }

        /**
         * The type column reworded: the table still reads, as one measure "all", so no row is one of the
         * descriptor's Bankruptcies or Debt relief orders. Caught at commit, before the swap.
         */
        @Test
        void aRenamedTypeColumnThatLeavesNoRowForAnyIndicatorFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
            stub(file(), ok(body()).withHeader("ETag", "\"v1\""));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            stub(file(), ok(withHeading("Insolvency type", "Procedure")).withHeader("ETag", "\"v2\""));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).isEqualTo("FAILED " + feedId() + ": read 1400 rows but none gave an "
                    + "observation: each was set aside or matched no indicator (has the source's layout changed?)");
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
            assertThat(outcomes()).containsExactly("ingested", "failed");
            assertThat(Files.readString(dataDir.resolve("state/" + feedId() + ".json"))).contains("v1").doesNotContain("v2");
        }

        @Test
        void aWorkbookCutShortWithAWholeHttpAnswerFailsTheFeedSayingItIsNotAWorkbook() throws Exception {
            stub(file(), ok(body()));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            stub(file(), ok(Arrays.copyOf(body(), body().length / 2)));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).startsWith("FAILED " + feedId() + ": cannot read page-00000.xlsx: "
                    + "page-00000.xlsx is not an XLSX file: ");
            assertThat(outcomes()).containsExactly("ingested", "failed");
            assertThat(published()).isEqualTo(sampleObservations(feedId()));
        }
    }

    /**
     * MHCLG H-CLIC detailed local authority tables: an ODS workbook (a ZIP of XML) whose sheet A1 has its
     * measure columns found by their headings.
     */
    @Nested
    class HclicOds extends FileOverHttpFaults {

        static final String RELIEF = "Homeless - Relief duty owed";

        @Override
        String feedId() {
            return "mhclg-hclic-initial-assessments";
        }

        @Override
        String path() {
            return "/media/65f0a1b2c3d4e5f6a7b8c9d1/Detailed_LA_202403.ods";
        }

        @Override
        byte[] body() throws IOException {
            return sample("hclic/Detailed_LA_202403.ods");
        }

        /** The relief duty heading reworded in the sheet's XML: the column can no longer be found. */
        @Override
        byte[] bodyWithRenamedColumn() throws IOException {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (java.util.zip.ZipInputStream in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(body()));
                 ZipOutputStream zip = new ZipOutputStream(out)) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    byte[] bytes = in.readAllBytes();
                    if (entry.getName().equals("content.xml")) {
                        bytes = bytes(text(bytes).replace(RELIEF, "Homeless - duty to help secure accommodation"));
                    }
                    zip.putNextEntry(new ZipEntry(entry.getName()));
                    zip.write(bytes);
                    zip.closeEntry();
                }
            }
            return out.toByteArray();
        }

        @Override
        String missingColumn() {
            return "owed_relief_duty";
        }

        /** 35 authority rows read (33 boroughs and two outside London), 3 indicators × 33 published. */
        @Override
        String sampleCounts() {
            return "35\\s+99\\s+0";
        }
    }

    /**
     * A borough case list served over HTTPS (Southwark's council tax arrears): landed cut down to its kept
     * columns, so the faults are the same as any file's, and a renamed postcode column is caught as the file
     * lands, before even the cut-down file is kept.
     */
    @Nested
    class BoroughCaseList extends FileOverHttpFaults {

        @Override
        String feedId() {
            return "southwark-council-tax-arrears";
        }

        @Override
        String path() {
            return "/drops/southwark/council-tax-arrears.csv";
        }

        @Override
        byte[] body() throws IOException {
            return sample("borough/southwark-council-tax-arrears.csv");
        }

        @Override
        byte[] bodyWithRenamedColumn() throws IOException {
            return bytes(text(body()).replaceFirst("PCODE", "Post Town"));
        }

        @Override
        String missingColumn() {
            return "has no column for 'postcode' (looked for PCODE, Postcode, Property Postcode)";
        }

        /** One planted empty date of 30 records, within the feed's 5% of bad rows. */
        @Override
        String sampleCounts() {
            return "30\\s+10\\s+1";
        }
    }

    /**
     * The Nomis API, the one paged source: the claimant count's two recorded pages, asked for by
     * {@code recordoffset} until the rows received reach the first page's {@code RECORD_COUNT} (304). The
     * one-page faults (bad rows, a renamed column, 404, 304) are in {@link NightlyFaultsIntegrationTests}.
     */
    @Nested
    class NomisApiPaging {

        static final String FEED = "nomis-claimant-count";
        static final String PATH = "/api/v01/dataset/NM_162_1.data.csv";

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
            server.stubFor(page(200).willReturn(ok(recorded(200))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).containsPattern(FEED + "\\s+ingested\\s+304\\s+308\\s+0");
            server.verify(exactly(2), getRequestedFor(urlPathEqualTo(PATH)));
            assertThat(published()).hasSize(308).isEqualTo(sampleObservations(FEED));
        }

        @Test
        void theSecondPageUnavailableThenOkIsRetried() throws Exception {
            server.stubFor(page(0).willReturn(ok(recorded(0))));
            server.stubFor(page(200).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                    .willReturn(aResponse().withStatus(503)));
            server.stubFor(page(200).inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok(recorded(200))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains("recordoffset=200 returned 503 Service Unavailable (attempt 1 of 4); "
                    + "retrying in 10 ms");
            server.verify(exactly(3), getRequestedFor(urlPathEqualTo(PATH)));
            assertThat(published()).isEqualTo(sampleObservations(FEED));
        }

        @Test
        void theSecondPageThrottledWaitsAsRetryAfterAsksWithinTheCap() throws Exception {
            server.stubFor(page(0).willReturn(ok(recorded(0))));
            server.stubFor(page(200).inScenario("throttled").whenScenarioStateIs(Scenario.STARTED)
                    .willSetStateTo("allowed").willReturn(aResponse().withStatus(429).withHeader("Retry-After", "3600")));
            server.stubFor(page(200).inScenario("throttled").whenScenarioStateIs("allowed").willReturn(ok(recorded(200))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains("recordoffset=200 returned 429 Too Many Requests (attempt 1 of 4); "
                    + "retrying in 20 ms (its Retry-After asks 3600 s, capped)");
            assertThat(published()).isEqualTo(sampleObservations(FEED));
        }

        @Test
        void theSecondPageCutShortFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
            server.stubFor(page(0).willReturn(ok(recorded(0))));
            server.stubFor(page(200).willReturn(ok(recorded(200))));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            server.stubFor(page(0).willReturn(ok(recorded(0))));
            server.stubFor(page(200).willReturn(cutShortOfContentLength(recorded(200))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).matches("FAILED " + FEED + ": GET " + server.baseUrl() + PATH.replace(".", "\\.")
                    + "\\?.*&recordoffset=200 failed: IOException body cut short: " + recorded(200).length / 2
                    + " of the " + recorded(200).length + " bytes its Content-Length announced after 4 attempts");
            assertThat(published()).isEqualTo(sampleObservations(FEED));
            assertThat(outcomes()).containsExactly("ingested", "failed");
        }
    }

    /**
     * DWP Stat-Xplore: {@code GET /rate_limit} (free) before each {@code POST /table}, which answers the whole
     * cube as JSON; every request carries the {@code APIKey} header, here from a property named like the
     * descriptor's variable. {@code /schema} is not asked by the nightly lander. {@code /table} sends no
     * ETag: an unchanged source is told by the same bytes.
     */
    @Nested
    class StatXplore {

        static final String FEED = "statxplore-uc-conditionality";
        static final String BASE = "/webapi/rest/v1";
        static final String KEY = "sx-test-key-7f3a9c";

        byte[] table() throws IOException {
            return sample("statxplore/uc-conditionality-lsoa.json");
        }

        MappingBuilder tablePost() {
            return post(urlPathEqualTo(BASE + "/table")).withHeader("APIKey", equalTo(KEY));
        }

        void rateLimit(long remaining, long resetEpochMillis) {
            server.stubFor(get(urlPathEqualTo(BASE + "/rate_limit")).withHeader("APIKey", equalTo(KEY))
                    .willReturn(ok(bytes("{\"remaining\":" + remaining + ",\"limit\":2000,\"reset\":" + resetEpochMillis + "}"))
                            .withHeader("Content-Type", "application/json")));
        }

        ObservatoryRun.Outcome run() throws IOException {
            ObservatoryRun.Outcome run = nightlyOf(FEED, server.baseUrl() + BASE, "--STATXPLORE_API_KEY=" + KEY);
            assertThat(run.output()).doesNotContain(KEY);
            assertThat(filesHolding(KEY)).isEmpty();
            return run;
        }

        @Test
        void tableUnavailableThenOkIsRetriedAndPublishesWhatTheSamplePublishes() throws Exception {
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            server.stubFor(tablePost().inScenario("flaky").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("recovered")
                    .willReturn(aResponse().withStatus(503)));
            server.stubFor(tablePost().inScenario("flaky").whenScenarioStateIs("recovered").willReturn(ok(table())));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).containsPattern(FEED + "\\s+ingested\\s+616\\s+616\\s+0")
                    .contains("stat-xplore: POST " + server.baseUrl() + BASE + "/table returned 503 Service Unavailable "
                            + "(attempt 1 of 4); retrying in 10 ms");
            server.verify(exactly(2), postRequestedFor(urlPathEqualTo(BASE + "/table")));
            assertThat(published()).isEqualTo(sampleObservations(FEED));
        }

        @Test
        void tooManyRequestsWaitsForTheResetItsHeaderNamesThenSucceeds() throws Exception {
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            long reset = System.currentTimeMillis() + 300;
            server.stubFor(tablePost().inScenario("throttled").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("allowed")
                    .willReturn(aResponse().withStatus(429).withHeader("x-ratelimit-reset", Long.toString(reset))));
            server.stubFor(tablePost().inScenario("throttled").whenScenarioStateIs("allowed").willReturn(ok(table())));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains("stat-xplore: POST " + server.baseUrl() + BASE + "/table returned 429 Too "
                    + "Many Requests; waiting ").contains(" ms for the limit to reset at " + Instant.ofEpochMilli(reset));
            server.verify(exactly(2), postRequestedFor(urlPathEqualTo(BASE + "/table")));
            assertThat(published()).isEqualTo(sampleObservations(FEED));
        }

        @Test
        void aUsedUpLimitWaitsForTheResetRateLimitGivesBeforePosting() throws Exception {
            long reset = System.currentTimeMillis() + 300;
            rateLimit(0, reset);
            server.stubFor(tablePost().willReturn(ok(table())));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isZero();
            assertThat(run.output()).contains("found the rate limit used up (0 of 2000 left this hour); waiting ")
                    .contains(" ms for the limit to reset at " + Instant.ofEpochMilli(reset));
            server.verify(exactly(1), postRequestedFor(urlPathEqualTo(BASE + "/table")));
            assertThat(published()).isEqualTo(sampleObservations(FEED));
        }

        @Test
        void theSameTableOnTheSecondRunLeavesTheFeedUnchanged() throws Exception {
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            server.stubFor(tablePost().willReturn(ok(table())));
            assertThat(run().exitCode()).isZero();

            ObservatoryRun.Outcome second = run();

            assertThat(second.exitCode()).isZero();
            assertThat(second.output()).containsPattern(FEED + "\\s+unchanged\\s+0\\s+0\\s+0")
                    .contains(FEED + ": unchanged, the source sent the same bytes as the last committed fetch");
            assertThat(published()).isEqualTo(sampleObservations(FEED));
            assertThat(outcomes()).containsExactly("ingested", "unchanged");
        }

        @Test
        void aTableCutShortFailsTheFeedAfterItsRetriesAndKeepsTheLastGoodData() throws Exception {
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            server.stubFor(tablePost().willReturn(ok(table())));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            server.stubFor(tablePost().willReturn(cutShortOfContentLength(table())));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).isEqualTo("FAILED " + FEED + ": stat-xplore: POST " + server.baseUrl() + BASE
                    + "/table returned truncated or invalid JSON: Unexpected end-of-input in property name after 4 attempts");
            server.verify(exactly(4), postRequestedFor(urlPathEqualTo(BASE + "/table")));
            assertThat(published()).isEqualTo(sampleObservations(FEED));
            assertThat(outcomes()).containsExactly("ingested", "failed");
        }

        @Test
        void aRenamedFieldFailsTheFeedBeforeAnythingIsWrittenAndKeepsTheLastGoodData() throws Exception {
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            server.stubFor(tablePost().willReturn(ok(table())));
            assertThat(run().exitCode()).isZero();
            server.resetAll();
            rateLimit(1999, System.currentTimeMillis() + 3_600_000);
            server.stubFor(tablePost().willReturn(ok(bytes(text(table())
                    .replace("\"label\": \"Conditionality Regime\"", "\"label\": \"Regime\"")))));

            ObservatoryRun.Outcome run = run();

            assertThat(run.exitCode()).isEqualTo(1);
            assertThat(failureLine(run)).isEqualTo("FAILED " + FEED + ": page-00000.json has no column Conditionality "
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
            assertThat(failureLine(run)).isEqualTo("FAILED " + FEED + ": stat-xplore: no API key: environment variable "
                    + "STATXPLORE_API_KEY is not set (the key is on the Stat-Xplore Account page)");
            assertThat(server.getAllServeEvents()).isEmpty();
        }

        /** Files under the data directory whose bytes hold {@code secret}. */
        List<Path> filesHolding(String secret) throws IOException {
            byte[] needle = bytes(secret);
            try (Stream<Path> files = Files.walk(dataDir)) {
                return files.filter(Files::isRegularFile).filter(file -> {
                    try {
                        return indexOf(Files.readAllBytes(file), needle) >= 0;
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
            }
        }
    }

    // ---------------------------------------------------------------------------------------------------

    private ObservatoryRun.Outcome nightlyOf(String feedId, String url, String... extra) {
        List<String> args = new ArrayList<>(List.of("--observatory.feed-ids=" + feedId,
                "--observatory.feeds." + feedId + ".url=" + url, MAX_RETRY_DELAY));
        args.addAll(List.of(extra));
        return ObservatoryRun.nightly(dataDir, args.toArray(String[]::new));
    }

    /** What the feed under test published (the only feed of its runs), as {@link ObservatoryRun#observations} gives it. */
    private List<String> published() throws SQLException {
        return ObservatoryRun.observations(dataDir);
    }

    /** The runs table's outcomes, oldest first. */
    private List<String> outcomes() throws SQLException {
        return ObservatoryRun.query(dataDir, "SELECT outcome FROM runs ORDER BY run_id");
    }

    /** The feed's observations when the job reads its data-samples file directly. */
    static synchronized List<String> sampleObservations(String feedId) throws Exception {
        if (!SAMPLE_OBSERVATIONS.containsKey(feedId)) {
            Path dir = sampleRuns.resolve(feedId);
            ObservatoryRun.Outcome run = ObservatoryRun.nightly(dir, "--observatory.feed-ids=" + feedId);
            assertThat(run.exitCode()).as("the sample run of " + feedId).isZero();
            SAMPLE_OBSERVATIONS.put(feedId, ObservatoryRun.observations(dir));
        }
        return SAMPLE_OBSERVATIONS.get(feedId);
    }

    /** The files under {@code dir}, sorted; none when it does not exist. */
    static List<Path> filesUnder(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static byte[] sample(String path) throws IOException {
        return Files.readAllBytes(ObservatoryRun.repoRoot().resolve("data-samples").resolve(path));
    }

    static ResponseDefinitionBuilder ok(byte[] body) {
        return aResponse().withStatus(200).withBody(body);
    }

    /** Headers promising the whole body, then half of it, then the connection closes. */
    static ResponseDefinitionBuilder cutShortOfContentLength(byte[] body) {
        return aResponse().withStatus(200).withHeader("Content-Length", Integer.toString(body.length))
                .withBody(Arrays.copyOf(body, body.length / 2));
    }

    static String failureLine(ObservatoryRun.Outcome run) {
        return run.output().lines().filter(line -> line.startsWith("FAILED ")).reduce((a, b) -> {
            throw new AssertionError("more than one failure line:\n" + a + "\n" + b);
        }).orElseThrow(() -> new AssertionError("no failure line in:\n" + run.output()));
    }

    static String text(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static Path onlyFile(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> all = files.toList();
            assertThat(all).as("files in " + dir).hasSize(1);
            return all.get(0);
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

    static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            ZipEntry file = new ZipEntry(entry);
            file.setTime(0);  // the same bytes every time
            zip.putNextEntry(file);
            zip.write(content);
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
