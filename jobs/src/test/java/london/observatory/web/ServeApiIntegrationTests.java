package london.observatory.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import london.observatory.boundaries.BoundaryFiles;
import london.observatory.geography.AreaLevel;
import london.observatory.jobs.ObservatoryRun;
import london.observatory.release.ReleaseLayout;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every endpoint of {@code observatory serve}'s API against the README's release, each answer compared with the
 * databases it must come from: the open one for everyone, the full one for a token holder.
 */
class ServeApiIntegrationTests {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final String BEARER = "Bearer " + ServedObservatory.TOKEN;
    static final String CAMDEN = "E09000007";

    static final List<String> SAME_ANSWERS = List.of(
            "/api/search?q=depression%20camden",
            "/api/areas/E09000007",
            "/api/areas/E01000001/indicators/claimant-count",
            "/api/indicators",
            "/api/indicators/census-overcrowded",
            "/api/map/claimant-count?level=lsoa21",
            "/api/releases",
            "/api/status",
            "/api/extract?area=E09000007&theme=housing&format=csv",
            "/api/areas/E0100",
            "/api/nothing");

    static ServedObservatory server;
    static Path open;
    static Path full;
    static String release;
    static Path releaseDir;

    @BeforeAll
    static void serve() throws IOException {
        Path dataDir = ServedObservatory.publishedDataDir();
        server = ServedObservatory.serve(dataDir);
        release = new ReleaseLayout(dataDir).latestId().orElseThrow();
        releaseDir = new ReleaseLayout(dataDir).release(release);
        // Copies: the JDBC driver refuses a second connection, in one JVM, to a file the server has open with other
        // settings, and a release never changes, so a copy answers as the served file does.
        Path copies = ServedObservatory.temporaryDirectory("observatory-served-copies-");
        open = Files.copy(
                new ReleaseLayout(dataDir).release(release).resolve(ReleaseLayout.OPEN),
                copies.resolve(ReleaseLayout.OPEN));
        full = Files.copy(
                new ReleaseLayout(dataDir).release(release).resolve(ReleaseLayout.FULL),
                copies.resolve(ReleaseLayout.FULL));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void searchRanksPlacesAndTopics() throws Exception {
        JsonNode camden = json(server.get("/api/search?q=Camden&limit=3"));
        assertThat(camden.path("results").get(0).path("id").asString()).isEqualTo(CAMDEN);
        assertThat(camden.path("release").asString()).isEqualTo(release);

        JsonNode topic = json(server.get("/api/search?q=claimant"));
        assertThat(ids(topic.path("results"))).contains("claimant-count");
        assertThat(topic.path("results").get(0).path("kind").asString()).isEqualTo("indicator");
    }

    @Test
    void anAreaHasItsParentsChildrenAndEveryLatestFigureWithLondonsAndItsRank() throws Exception {
        JsonNode page = json(server.get("/api/areas/" + CAMDEN));

        assertThat(page.path("area").path("name").asString()).isEqualTo("Camden");
        assertThat(ids(page.path("parents"), "code")).containsExactly("E12000007");
        assertThat(page.path("children").size())
                .isEqualTo(count(
                        open,
                        "SELECT count(*) FROM areas WHERE lad_code = 'E09000007'"
                                + " AND level IN ('msoa21', 'ward')"));
        assertThat(page.path("figures").size())
                .isEqualTo(count(open, "SELECT count(*) FROM latest_values WHERE area_code = 'E09000007'"));
        JsonNode claimants = figure(page, "claimant-count");
        List<String> expected = ObservatoryRun.queryFile(
                open,
                "WITH l AS (SELECT area_code, value FROM latest_values WHERE indicator_id = 'claimant-count'"
                        + " AND area_level = 'lad' AND period = (SELECT period FROM latest_values"
                        + " WHERE indicator_id = 'claimant-count' AND area_code = 'E09000007') AND value IS NOT NULL)"
                        + " SELECT (SELECT value FROM l WHERE area_code = 'E09000007'),"
                        + " (SELECT count(*) FROM l WHERE value > (SELECT value FROM l WHERE area_code = 'E09000007')) + 1,"
                        + " (SELECT count(*) FROM l),"
                        + " (SELECT count(*) FROM l WHERE value < (SELECT value FROM l WHERE area_code = 'E09000007')),"
                        + " (SELECT value FROM latest_values WHERE indicator_id = 'claimant-count'"
                        + " AND area_code = 'E12000007')");
        assertThat(claimants.path("value").asDouble() + "|"
                        + claimants.path("rank").asInt() + "|"
                        + claimants.path("outOf").asInt() + "|"
                        + claimants.path("higherThan").asInt() + "|"
                        + (claimants.path("london").isNull()
                                ? "null"
                                : claimants.path("london").asDouble()))
                .isEqualTo(expected.get(0));
        assertThat(claimants.path("indicator").path("source").asString()).isNotBlank();
        assertThat(claimants.path("method").asString()).isNotBlank();
    }

    @Test
    void aTimeSeriesIsEveryPeriodOfTheAreaAndOfLondon() throws Exception {
        JsonNode series = json(server.get("/api/areas/E01000001/indicators/claimant-count"));

        assertThat(periods(series.path("series")))
                .isEqualTo(ObservatoryRun.queryFile(
                        open,
                        "SELECT period FROM time_series WHERE indicator_id = 'claimant-count'"
                                + " AND area_code = 'E01000001' ORDER BY period_start"));
        assertThat(series.path("london").size()).isEqualTo(series.path("series").size());
    }

    @Test
    void theCatalogueIsTheOpenDatabasesIndicators() throws Exception {
        JsonNode catalogue = json(server.get("/api/indicators"));
        assertThat(catalogue.path("indicators").size()).isEqualTo(count(open, "SELECT count(*) FROM indicators"));

        JsonNode one = json(server.get("/api/indicators/claimant-count"));
        assertThat(one.path("indicator").path("licence").asString()).contains("Open Government Licence");
        assertThat(one.path("indicator").path("frequency").asString()).isEqualTo("monthly");
        assertThat(ids(one.path("levels"), "level")).containsExactly("lsoa21", "msoa21", "ward", "lad", "region");
    }

    @Test
    void theMapHasOneValuePerAreaOfTheLevelAndFiveClasses() throws Exception {
        JsonNode map = json(server.get("/api/map/claimant-count?level=lad"));
        assertThat(map.path("values").size()).isEqualTo(33);
        assertThat(map.path("breaks").size()).isEqualTo(4);
        assertThat(map.path("period").asString())
                .isEqualTo(map.path("periods").get(0).asString());

        String older = map.path("periods").get(1).asString();
        JsonNode then = json(server.get("/api/map/claimant-count?level=lsoa21&period=" + older));
        assertThat(then.path("period").asString()).isEqualTo(older);
        assertThat(then.path("values").size())
                .isEqualTo(count(
                        open,
                        "SELECT count(*) FROM time_series WHERE indicator_id = 'claimant-count'"
                                + " AND area_level = 'lsoa21' AND period = '" + older + "'"));
    }

    @Test
    void boundariesAreTheReleasesFilesGzippedOrUnpacked() throws Exception {
        HttpResponse<byte[]> gzipped = server.getBytes("/api/boundaries/lad", "Accept-Encoding", "gzip");
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gzipped.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/geo+json");
        assertThat(gzipped.body()).isEqualTo(Files.readAllBytes(BoundaryFiles.file(releaseDir, AreaLevel.LAD)));

        JsonNode plain = json(server.get("/api/boundaries/lad"));
        assertThat(ids(plain.path("features"))).hasSize(33).allMatch(code -> code.startsWith("E09"));
        assertThat(json(server.get("/api/boundaries/lsoa21")).path("features").size())
                .isEqualTo(4994);
    }

    @Test
    void anExtractIsTheEnginesFileAndItsDataPackage() throws Exception {
        HttpResponse<String> csv = server.get("/api/extract?area=E09000007&theme=jobs&format=csv");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("observatory-" + release + "-E09000007.csv");
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.size() - 1)
                .isEqualTo(Integer.parseInt(
                        csv.headers().firstValue("X-Observatory-Rows").orElseThrow()))
                .isEqualTo(count(
                        open,
                        "SELECT count(*) FROM time_series t JOIN indicators i ON i.id = t.indicator_id"
                                + " WHERE t.area_code = 'E09000007' AND i.theme = 'jobs'"));

        JsonNode sidecar = json(server.get("/api/extract?area=E09000007&theme=jobs&format=csv&part=datapackage"));
        assertThat(sidecar.toString()).contains(release);

        HttpResponse<byte[]> parquet = server.getBytes("/api/extract?area=E09000007&format=parquet");
        assertThat(new String(parquet.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("PAR1");
        HttpResponse<byte[]> xlsx = server.getBytes("/api/extract?area=E09000007&format=xlsx");
        assertThat(new String(xlsx.body(), 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
    }

    @Test
    void aListOfPostcodesAndCodesGivesItsAreasAndTheirTotal() throws Exception {
        HttpResponse<String> json = server.post(
                "/api/extract",
                "application/json",
                "{\"postcodes\": [\"NW3 9MM\"], \"areas\": [\"E01000001\"], \"indicators\": [\"claimant-count\"],"
                        + " \"total\": true, \"format\": \"csv\"}");
        HttpResponse<String> form = server.post(
                "/api/extract",
                "application/x-www-form-urlencoded",
                "list=NW3+9MM%0D%0AE01000001&indicator=claimant-count&total=true&format=csv");

        assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
        assertThat(form.body()).isEqualTo(json.body());
        List<String> areas = column(json.body(), "area_code");
        assertThat(areas).contains("E01000001", "E01000842").doesNotContain("NW3 9MM");
        assertThat(areas.stream().distinct().count()).isEqualTo(3); // the two LSOAs and the custom area
        assertThat(json.body()).doesNotContain("NW3");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "/api/search?q=camden&limit=0|limit must be 1 to 100",
                "/api/search?q=|search text is empty",
                "/api/search|Required parameter 'q' is not present",
                "/api/areas/E0100|is not an area code",
                "/api/areas/E01000001'%20OR%201=1|is not an area code",
                "/api/areas/E01000001/indicators/Claimant_Count|is not an indicator id",
                "/api/map/claimant-count?level=country|level must be one of lsoa21, msoa21, ward, lad",
                "/api/map/claimant-count?level=lad&period=2024-13x|is not a period",
                "/api/map/claimant-count?level=lad&period=';DROP%20TABLE%20observations;--|is not a period",
                "/api/extract|name at least one area or postcode",
                "/api/boundaries/region|level must be one of lsoa21, msoa21, ward, lad",
                "/api/extract?area=E09000007&format=pdf|unknown format",
                "/api/extract?area=E09000007&part=zip|part must be file or datapackage",
                "/api/extract?postcode=ZZ1%201ZZ|is not a London postcode",
                "/api/extract?postcode=not-a-postcode|is neither an area code",
                "/api/extract?area=E09000007&from=2025-99|",
            })
    void aBadRequestIsA400ProblemSayingWhy(String path, String detail) throws Exception {
        HttpResponse<String> answer = server.get(path);

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(answer.headers().firstValue("X-Observatory-Release")).contains(release);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("status").asInt()).isEqualTo(400);
        assertThat(problem.path("detail").asString()).contains(detail == null ? "" : detail);
    }

    @Test
    void aListLongerThanTheLimitIsRefusedBeforeAnyWork() throws Exception {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            list.append(String.format("E01%06d%%0A", i));
        }
        HttpResponse<String> answer =
                server.post("/api/extract", "application/x-www-form-urlencoded", "list=" + list + "&format=csv");
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("at most 1000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/areas/E01999999", "/api/indicators/no-such-indicator", "/api/nothing-here"})
    void aMissingThingIsA404Problem(String path) throws Exception {
        HttpResponse<String> answer = server.get(path);
        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
    }

    @Test
    void scriptOrSqlInASearchIsJustWordsAndChangesNothing() throws Exception {
        long before = count(open, "SELECT count(*) FROM observations");
        HttpResponse<String> answer = server.get(
                "/api/search?q=%27%3B%20DROP%20TABLE%20observations%3B%20--%20%3Cscript%3Ealert(1)%3C/script%3E");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(count(open, "SELECT count(*) FROM observations")).isEqualTo(before);
    }

    @Test
    void aRepeatedRequestForTheSameReleaseIsA304() throws Exception {
        HttpResponse<String> first = server.get("/api/areas/" + CAMDEN);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertThat(etag).isEqualTo("W/\"" + release + "-open\"");

        HttpResponse<String> again = server.get("/api/areas/" + CAMDEN, "If-None-Match", etag);
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(again.headers().firstValue("X-Observatory-Release")).contains(release);

        HttpResponse<String> restricted =
                server.get("/api/areas/" + CAMDEN, "If-None-Match", etag, "Authorization", BEARER);
        assertThat(restricted.statusCode())
                .as("the open ETag does not stand for the full database")
                .isEqualTo(200);
        assertThat(restricted.headers().firstValue("ETag")).contains("W/\"" + release + "-restricted\"");
    }

    @Test
    void everyAnswerCarriesTheReleaseAndTheSecurityHeaders() throws Exception {
        for (String path : List.of("/api/indicators", "/api/areas/E0", "/", "/api/openapi.json")) {
            HttpResponse<String> answer = server.get(path);
            assertThat(answer.headers().firstValue("X-Observatory-Release"))
                    .as(path)
                    .contains(release);
            assertThat(answer.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .as(path)
                    .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'");
            assertThat(answer.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .contains("nosniff");
        }
        assertThat(server.get("/api/indicators").headers().firstValue("Cache-Control"))
                .contains("no-cache");
        assertThat(server.get("/api/indicators", "Authorization", BEARER)
                        .headers()
                        .firstValue("Cache-Control"))
                .contains("no-store");
    }

    @Test
    void theOpenApiDocumentDescribesEveryEndpoint() throws Exception {
        JsonNode paths = json(server.get("/api/openapi.json")).path("paths");
        assertThat(paths.propertyNames())
                .contains(
                        "/api/search",
                        "/api/areas/{code}",
                        "/api/areas/{code}/indicators/{id}",
                        "/api/indicators",
                        "/api/indicators/{id}",
                        "/api/map/{indicator}",
                        "/api/boundaries/{level}",
                        "/api/extract",
                        "/api/releases",
                        "/api/status");
        assertThat(paths.path("/api/extract").has("post")).isTrue();
    }

    @Test
    void releasesAndStatusDescribeWhatIsServed() throws Exception {
        JsonNode releases = json(server.get("/api/releases"));
        assertThat(releases.path("sample").asBoolean()).isTrue();
        assertThat(releases.path("note").asString()).startsWith("SAMPLE DATA");
        assertThat(ids(releases.path("releases"))).containsExactly(release);
        assertThat(releases.path("releases").get(0).path("served").asBoolean()).isTrue();

        JsonNode status = json(server.get("/api/status"));
        assertThat(status.path("feeds").size()).isEqualTo(count(open, "SELECT count(*) FROM feed_status"));
        assertThat(status.path("feeds").findValuesAsString("state")).containsOnly("fresh");
    }

    @Test
    void withoutATokenNoEndpointGivesTheWithheldIndicatorOrAnExactCount() throws Exception {
        assertThat(count(full, "SELECT count(*) FROM indicators WHERE id = '" + ServedObservatory.WITHHELD + "'"))
                .as("the test feed is in the full database")
                .isEqualTo(1);
        String withheld = ServedObservatory.WITHHELD;

        assertThat(ids(json(server.get("/api/indicators")).path("indicators"))).doesNotContain(withheld);
        assertThat(server.get("/api/indicators/" + withheld).statusCode()).isEqualTo(404);
        assertThat(server.get("/api/map/" + withheld + "?level=lad").statusCode())
                .isEqualTo(404);
        assertThat(server.get("/api/areas/E09000028/indicators/" + withheld).statusCode())
                .isEqualTo(404);
        assertThat(server.get("/api/search?q=council%20tax%20arrears%20exact%20withheld")
                        .body())
                .doesNotContain(withheld);
        assertThat(server.get("/api/areas/E09000028").body()).doesNotContain(withheld);
        HttpResponse<String> extract = server.get("/api/extract?area=E09000028&indicator=" + withheld);
        assertThat(extract.statusCode()).isEqualTo(400);
        assertThat(server.get("/api/extract?area=E09000028").body()).doesNotContain(withheld);

        // a count made from a borough's case list: the open database's protected value, not the exact one
        String lsoa = ObservatoryRun.queryFile(
                        full,
                        "SELECT area_code FROM latest_values WHERE indicator_id = 'camden-housing-register-applications'"
                                + " AND area_level = 'lsoa21' AND value BETWEEN 1 AND 9 ORDER BY area_code LIMIT 1")
                .get(0);
        JsonNode figure = figure(json(server.get("/api/areas/" + lsoa)), "camden-housing-register-applications");
        assertThat(figure.path("value").asDouble())
                .isEqualTo(Double.parseDouble(ObservatoryRun.queryFile(
                                open,
                                "SELECT value FROM latest_values WHERE indicator_id ="
                                        + " 'camden-housing-register-applications' AND area_code = '" + lsoa + "'")
                        .get(0)));
        assertThat(figure.path("flag").asString()).isEqualTo("perturbed");
    }

    @Test
    void aWrongTokenIsRefusedEverywhereAndGivesNothing() throws Exception {
        for (String path : List.of(
                "/api/indicators", "/api/areas/E09000007", "/api/search?q=camden", "/api/extract?area=E09000007")) {
            HttpResponse<String> answer = server.get(path, "Authorization", "Bearer wrong-token");
            assertThat(answer.statusCode()).as(path).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(JSON.readTree(answer.body()).path("detail").asString())
                    .isEqualTo("the bearer token is not one this server accepts");
        }
    }

    @Test
    void theRightTokenReadsTheFullDatabase() throws Exception {
        String withheld = ServedObservatory.WITHHELD;
        JsonNode catalogue = json(server.get("/api/indicators", "Authorization", BEARER));
        assertThat(catalogue.path("indicators").size()).isEqualTo(count(full, "SELECT count(*) FROM indicators"));
        assertThat(ids(catalogue.path("indicators"))).contains(withheld);
        assertThat(server.get("/api/map/" + withheld + "?level=lad", "Authorization", BEARER)
                        .statusCode())
                .isEqualTo(200);

        String exact = ObservatoryRun.queryFile(
                        full,
                        "SELECT area_code || '|' || value FROM latest_values WHERE indicator_id ="
                                + " 'camden-housing-register-applications' AND area_level = 'lsoa21'"
                                + " AND value BETWEEN 1 AND 9 ORDER BY area_code LIMIT 1")
                .get(0);
        String lsoa = exact.split("\\|")[0];
        JsonNode figure = figure(
                json(server.get("/api/areas/" + lsoa, "Authorization", BEARER)),
                "camden-housing-register-applications");
        assertThat(figure.path("value").asDouble()).isEqualTo(Double.parseDouble(exact.split("\\|")[1]));

        HttpResponse<String> extract =
                server.get("/api/extract?area=E09000028&indicator=" + withheld, "Authorization", BEARER);
        assertThat(extract.statusCode()).as(extract.body()).isEqualTo(200);
        assertThat(extract.body()).contains(withheld);
    }

    /**
     * Scale out by adding instances: a second {@code observatory serve}, in a JVM of its own, on the same data
     * directory gives the same answers, byte for byte (the server keeps no state of its own).
     */
    @Test
    void aSecondServerInItsOwnJvmOnTheSameDataDirectoryAnswersAlike() throws Exception {
        Path dataDir = ServedObservatory.publishedDataDir();
        HttpClient http = HttpClient.newHttpClient();
        try (ServeProcess second = ServeProcess.start(
                dataDir,
                ServedObservatory.temporaryDirectory("observatory-second-serve-")
                        .resolve("serve.log"),
                List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC"),
                List.of("--logging.file.name=" + dataDir.resolve("logs/second-serve.log")))) {
            for (String request : SAME_ANSWERS) {
                HttpResponse<String> one = server.get(request);
                HttpResponse<String> two = http.send(
                        HttpRequest.newBuilder(URI.create(second.base() + request))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(two.statusCode()).as(request).isEqualTo(one.statusCode());
                assertThat(two.body()).as(request).isEqualTo(one.body());
                for (String header : List.of("X-Observatory-Release", "ETag", "Content-Type")) {
                    assertThat(two.headers().firstValue(header))
                            .as(request + " " + header)
                            .isEqualTo(one.headers().firstValue(header));
                }
            }
        }
    }

    @Test
    void beforeAnyReleaseTheApiSaysToRunTheNightlyJob() throws Exception {
        Path empty = ServedObservatory.temporaryDirectory("observatory-empty-");
        try (ServedObservatory nothing = ServedObservatory.serve(empty)) {
            HttpResponse<String> answer = nothing.get("/api/areas/E09000007");
            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(JSON.readTree(answer.body()).path("detail").asString()).contains("observatory nightly");
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.headers().firstValue("X-Observatory-Release")).contains(release);
        return JSON.readTree(response.body());
    }

    static JsonNode figure(JsonNode page, String indicator) {
        for (JsonNode figure : page.path("figures")) {
            if (figure.path("indicator").path("id").asString().equals(indicator)) {
                return figure;
            }
        }
        throw new AssertionError("no figure of " + indicator + " in " + page.path("area"));
    }

    static List<String> ids(JsonNode array) {
        return ids(array, "id");
    }

    static List<String> ids(JsonNode array, String field) {
        List<String> ids = new ArrayList<>();
        array.forEach(node -> ids.add(node.path(field).asString()));
        return ids;
    }

    static List<String> periods(JsonNode points) {
        return ids(points, "period");
    }

    static long count(Path database, String sql) throws SQLException {
        return Long.parseLong(ObservatoryRun.queryFile(database, sql).get(0));
    }

    /** One column of a CSV extract (which starts with a byte order mark, for Excel). */
    static List<String> column(String csv, String name) throws IOException {
        List<String> values = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get();
        try (CSVParser parser = CSVParser.parse(csv.replace("\uFEFF", ""), format)) {
            parser.forEach(record -> values.add(record.get(name)));
        }
        return values;
    }
}
