package london.observatory.extract;

import static london.observatory.extract.ExtractFiles.column;
import static london.observatory.extract.ExtractFiles.csv;
import static london.observatory.extract.FixtureDatabase.BARKING;
import static london.observatory.extract.FixtureDatabase.LONDON;
import static london.observatory.extract.FixtureDatabase.RELEASE;
import static london.observatory.extract.FixtureDatabase.lsoa;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Extracts from the fixture database ({@link FixtureDatabase}): which rows, which values, in which order. */
class ExtractorTest {

    private static final List<DisclosureRule> RULES =
            List.of(new DisclosureRule("cell-key-perturbation", "Counts from borough records are perturbed."));

    @TempDir
    static Path dbDir;

    @TempDir
    Path out;

    private static Extractor extractor;

    @BeforeAll
    static void database() throws Exception {
        extractor = new Extractor(new ExtractSource(FixtureDatabase.create(dbDir), RELEASE, RULES));
    }

    @Test
    void oneLsoaGivesItsObservationsInIndicatorAndPeriodOrder() throws Exception {
        ExtractResult result =
                extractor.write(ExtractRequest.builder().area(lsoa(3)).build(), out.resolve("a.csv"));

        List<Map<String, String>> rows = csv(result.file());
        assertThat(result.rows()).isEqualTo(5);
        assertThat(rows).hasSize(5);
        assertThat(column(rows, "indicator_id"))
                .containsExactly("claimants", "claimants", "claimants", "imd-decile", "overcrowded");
        assertThat(column(rows, "period")).containsExactly("2024-01", "2024-02", "2024-03", "2019", "2021");
        assertThat(column(rows, "value")).containsExactly("30", "", "32", "3", "10.333333333333334");
        assertThat(column(rows, "flag")).containsExactly("", "suppressed", "", "", "");
        assertThat(rows.get(0))
                .containsEntry("area_code", "E01000003")
                .containsEntry("area_name", "Barking and Dagenham 001A")
                .containsEntry("area_level", "lsoa21")
                .containsEntry("indicator_title", "Claimant count")
                .containsEntry("unit", "people")
                .containsEntry("method", "direct")
                .containsEntry("source", "Office for National Statistics");
    }

    @Test
    void aBoroughHasItsOwnFiguresAndItsLsoaIndicatorsRolledUp() throws Exception {
        List<Map<String, String>> rows = csv(extract(List.of(BARKING), false, "b.csv"));

        assertThat(column(rows, "indicator_id"))
                .containsExactly(
                        "claimants",
                        "claimants",
                        "claimants",
                        "homeless-rate",
                        "imd-decile",
                        "overcrowded",
                        "relief-duty");
        // Counts summed, a month with a withheld LSOA withheld; the rate its own; the decile never added up;
        // the percentage recomputed from numerators and denominators: 123 of 1,200 households.
        assertThat(column(rows, "value")).containsExactly("120", "", "126", "2.25", "", "10.25", "35");
        assertThat(column(rows, "flag")).containsExactly("", "suppressed", "", "", "not-additive", "estimated", "");
        assertThat(column(rows, "method"))
                .containsExactly("rollup", "rollup", "rollup", "direct", "rollup", "rollup", "direct");
        assertThat(column(rows, "period"))
                .containsExactly("2024-01", "2024-02", "2024-03", "2024-01/2024-03", "2019", "2021", "2024-01/2024-03");
        assertThat(column(rows, "area_level")).containsOnly("lad");
    }

    @Test
    void londonAddsUpEveryLsoaAndCarriesTheApportionedFlag() throws Exception {
        List<Map<String, String>> rows = csv(extractIndicator(LONDON, "claimants", "l.csv"));

        assertThat(column(rows, "value")).containsExactly("150", "", "160");
        assertThat(column(rows, "flag")).containsExactly("apportioned", "suppressed", "");
        assertThat(rows.get(0)).containsEntry("area_name", "London").containsEntry("area_level", "region");
    }

    @Test
    void aListsTotalRowIsTheSumOfItsRows() throws Exception {
        ExtractResult result = extractor.write(
                ExtractRequest.builder()
                        .areas(List.of(lsoa(5), lsoa(3), lsoa(4), lsoa(3)))
                        .withTotal()
                        .build(),
                out.resolve("list.csv"));
        List<Map<String, String>> rows = csv(result.file());

        assertThat(result.rows()).isEqualTo(20); // 3 LSOAs × 5 rows, and 5 total rows
        List<Map<String, String>> totals =
                rows.stream().filter(r -> r.get("area_code").equals("custom")).toList();
        assertThat(rows.subList(15, 20)).isEqualTo(totals);
        assertThat(totals.get(0))
                .containsEntry("area_name", "Total of 3 areas")
                .containsEntry("area_level", "custom")
                .containsEntry("method", "custom-total");
        assertThat(column(totals, "indicator_id"))
                .containsExactly("claimants", "claimants", "claimants", "imd-decile", "overcrowded");
        assertThat(column(totals, "value")).containsExactly("120", "", "126", "", "10.25");
        assertThat(column(totals, "flag")).containsExactly("", "suppressed", "", "not-additive", "estimated");
        for (Map<String, String> total : totals.subList(0, 3)) {
            List<String> parts = rows.subList(0, 15).stream()
                    .filter(r -> r.get("indicator_id").equals("claimants"))
                    .filter(r -> r.get("period").equals(total.get("period")))
                    .map(r -> r.get("value"))
                    .toList();
            assertThat(parts).hasSize(3);
            if (parts.contains("")) {
                assertThat(total.get("value")).isEmpty(); // a sum over a withheld value is not published
            } else {
                assertThat(Double.parseDouble(total.get("value")))
                        .isEqualTo(
                                parts.stream().mapToDouble(Double::parseDouble).sum());
            }
        }
        // These three LSOAs are the whole borough: the custom total is the borough's own roll-up.
        List<Map<String, String>> borough = csv(extractIndicator(BARKING, "claimants", "borough.csv"));
        assertThat(column(borough, "value")).isEqualTo(column(totals.subList(0, 3), "value"));
    }

    @Test
    void aTotalOverAnAreaWithoutTheIndicatorIsIncomplete() throws Exception {
        List<Map<String, String>> rows = csv(extract(List.of(lsoa(1), BARKING), true, "mixed.csv"));

        Map<String, String> relief = rows.stream()
                .filter(r -> r.get("area_code").equals("custom")
                        && r.get("indicator_id").equals("relief-duty"))
                .findFirst()
                .orElseThrow();
        assertThat(relief).containsEntry("value", "").containsEntry("flag", "incomplete");
        assertThat(rows.stream().filter(r -> r.get("area_code").equals("custom")))
                .extracting(r -> r.get("indicator_id") + " " + r.get("period") + " " + r.get("value"))
                .containsExactly(
                        "claimants 2024-01 130",
                        "claimants 2024-02 ",
                        "claimants 2024-03 138",
                        "homeless-rate 2024-01/2024-03 ",
                        "imd-decile 2019 ",
                        "overcrowded 2021 10.307692307692308", // 134 of 1,300 households
                        "relief-duty 2024-01/2024-03 ");
    }

    @Test
    void themesIndicatorsAndPeriodsNarrowTheRows() throws Exception {
        ExtractRequest housingIn2024 = ExtractRequest.builder()
                .area(BARKING)
                .theme("Housing")
                .from("2024")
                .to("2024-Q1")
                .build();
        assertThat(column(
                        csv(extractor.write(housingIn2024, out.resolve("h.csv")).file()), "indicator_id"))
                .containsExactly("homeless-rate", "relief-duty");

        ExtractRequest february = ExtractRequest.builder()
                .area(lsoa(1))
                .indicator("claimants")
                .from("2024-02")
                .to("2024-02-29")
                .build();
        assertThat(column(csv(extractor.write(february, out.resolve("f.csv")).file()), "value"))
                .containsExactly("11");
    }

    @Test
    void duplicatesAndOrderInTheListChangeNothing() throws Exception {
        for (ExtractFormat format : ExtractFormat.values()) {
            Path a = Files.createDirectories(out.resolve(format + "-a")).resolve("x." + format.extension());
            Path b = Files.createDirectories(out.resolve(format + "-b")).resolve("x." + format.extension());
            extractor.write(list(format, lsoa(5), lsoa(3), "e01000004 "), a);
            extractor.write(list(format, lsoa(4), lsoa(3), lsoa(5), lsoa(3)), b);

            assertThat(Files.readAllBytes(a)).as(format.toString()).isEqualTo(Files.readAllBytes(b));
            assertThat(Files.readAllBytes(DataPackage.beside(a))).isEqualTo(Files.readAllBytes(DataPackage.beside(b)));
        }
    }

    @Test
    void theSameRequestTwiceGivesTheSameBytes() throws Exception {
        for (ExtractFormat format : ExtractFormat.values()) {
            Path file = out.resolve("again." + format.extension());
            ExtractResult first = extractor.write(list(format, BARKING, lsoa(1)), file);
            byte[] bytes = Files.readAllBytes(file);
            byte[] dataPackage = Files.readAllBytes(first.dataPackage());
            Thread.sleep(5); // a wall-clock timestamp anywhere would now differ

            ExtractResult second = extractor.write(list(format, BARKING, lsoa(1)), file);

            assertThat(Files.readAllBytes(file)).as(format.toString()).isEqualTo(bytes);
            assertThat(Files.readAllBytes(second.dataPackage())).isEqualTo(dataPackage);
            assertThat(second.sha256()).isEqualTo(first.sha256());
        }
    }

    @Test
    void theDataPackageDescribesTheFileAndItsSha256Matches() throws Exception {
        ExtractResult result = extractor.write(list(ExtractFormat.CSV, BARKING, lsoa(1)), out.resolve("dp.csv"));

        JsonNode dataPackage = JsonMapper.shared().readTree(result.dataPackage().toFile());
        String sha256 = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(result.file())));
        assertThat(result.dataPackage().getFileName()).hasToString("dp.datapackage.json");
        JsonNode resource = dataPackage.get("resources").get(0);
        assertThat(resource.get("hash").asString()).isEqualTo("sha256:" + sha256);
        assertThat(resource.get("path").asString()).isEqualTo("dp.csv");
        assertThat(resource.get("bytes").asLong()).isEqualTo(Files.size(result.file()));
        assertThat(resource.get("rows").asLong()).isEqualTo(result.rows()).isEqualTo(19); // 7 + 5 + 7 totals
        assertThat(resource.get("schema").get("fields")).hasSize(11);
        assertThat(resource.get("schema").get("fields").get(7).get("name").asString())
                .isEqualTo("value");
        assertThat(resource.get("schema")
                        .get("fields")
                        .get(7)
                        .get("description")
                        .asString())
                .contains("never 0");
        assertThat(dataPackage.get("sources")).hasSize(4);
        JsonNode nomis = dataPackage.get("sources").get(2); // by publisher: GLA, MHCLG, ONS (two pages)
        assertThat(nomis.get("path").asString()).isEqualTo("https://www.nomisweb.co.uk/");
        assertThat(nomis.get("licenses").get(0).get("name").asString()).isEqualTo("OGL-UK-3.0");
        JsonNode observatory = dataPackage.get("observatory");
        assertThat(observatory.get("release").asString()).isEqualTo(RELEASE);
        assertThat(observatory.get("sample").asBoolean()).isTrue(); // the claimant feed is a sample recording
        assertThat(observatory.get("runs")).hasSize(4);
        assertThat(observatory.get("runs").get(0).get("runId").asString()).isEqualTo("20261207T021612948Z");
        assertThat(observatory.get("disclosureRules").get(0).get("id").asString())
                .isEqualTo("cell-key-perturbation");
        assertThat(observatory.get("request").get("areas").toString()).isEqualTo("[\"E01000001\",\"E09000002\"]");
        assertThat(dataPackage.get("created").asString()).isEqualTo("2026-12-07T02:16:18Z");
    }

    @Test
    void anExtractOfRealFeedsOnlyIsNotSampleData() throws Exception {
        ExtractResult result = extractor.write(
                ExtractRequest.builder().area(BARKING).theme("housing").build(), out.resolve("real.csv"));

        JsonNode observatory =
                JsonMapper.shared().readTree(result.dataPackage().toFile()).get("observatory");
        assertThat(observatory.get("sample").asBoolean()).isFalse();
        assertThat(observatory.get("runs"))
                .extracting(r -> r.get("feed").asString())
                .containsExactly("feed-borough", "feed-census");
    }

    @Test
    void whatEveryExtractReadsAlikeIsReadAgainWhenTheDatabaseFileChanges(@TempDir Path own) throws Exception {
        Path database = FixtureDatabase.create(own);
        Extractor kept = new Extractor(new ExtractSource(database, RELEASE, RULES));
        ExtractRequest housing =
                ExtractRequest.builder().area(BARKING).theme("housing").build();
        assertThat(column(csv(kept.write(housing, out.resolve("before.csv")).file()), "indicator_title"))
                .doesNotContain("Overcrowded households (renamed)");

        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + database)) {
            FixtureDatabase.execute(
                    db, "UPDATE indicators SET title = 'Overcrowded households (renamed)' WHERE id = 'overcrowded'");
        }

        assertThat(column(csv(kept.write(housing, out.resolve("after.csv")).file()), "indicator_title"))
                .contains("Overcrowded households (renamed)");
    }

    private Path extract(List<String> areas, boolean total, String name) throws Exception {
        ExtractRequest.Builder request = ExtractRequest.builder().areas(areas);
        if (total) {
            request.withTotal();
        }
        return extractor.write(request.build(), out.resolve(name)).file();
    }

    private Path extractIndicator(String area, String indicator, String name) throws Exception {
        return extractor
                .write(ExtractRequest.builder().area(area).indicator(indicator).build(), out.resolve(name))
                .file();
    }

    private static ExtractRequest list(ExtractFormat format, String... areas) {
        return ExtractRequest.builder()
                .areas(List.of(areas))
                .withTotal()
                .format(format)
                .build();
    }
}
