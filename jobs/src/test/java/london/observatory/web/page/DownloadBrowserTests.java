package london.observatory.web.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.jobs.ObservatoryRun;
import london.observatory.web.release.ServedRelease;
import london.observatory.web.release.ServedReleases;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Downloads from the page: an area's CSV holds exactly the served open database's rows for it, and a pasted list of
 * postcodes gives their neighbourhoods' rows followed by the custom area's total. Each file is also the very bytes
 * the API gives for the same request.
 */
class DownloadBrowserTests extends OnThePage {

    private static final String CAMDEN = "E09000007";

    @BeforeEach
    void emptyDownloads() {
        browser.clearDownloads();
    }

    @Test
    void anAreasCsvFromItsPageHoldsTheDatabasesRows() throws Exception {
        browser.open("#/area/" + CAMDEN);
        browser.find("a[download][href='/api/extract?area=" + CAMDEN + "&format=csv']")
                .click();
        Path file = browser.downloaded(".csv");

        List<CSVRecord> rows = read(file);
        Map<String, Double> database = timeSeries(List.of(CAMDEN));
        assertThat(rows).hasSize(database.size());
        assertSameValues(valuesOf(rows), database);
        assertThat(Files.readAllBytes(file))
                .isEqualTo(served.getBytes("/api/extract?area=" + CAMDEN + "&format=csv")
                        .body());
        System.out.printf("area CSV %s: %d rows, as the database's time_series%n", file.getFileName(), rows.size());
    }

    @Test
    void aPastedListOfPostcodesGivesItsNeighbourhoodsAndTheirTotal() throws Exception {
        Map<String, String> postcodes = londonPostcodes(); // postcode → its LSOA, one per borough of the samples
        String list = String.join("\n", postcodes.keySet());
        browser.open("#/download");
        browser.find("#download-list").sendKeys(list);
        assertThat(browser.find("#download-total-true").isSelected())
                .as("total ticked by default")
                .isTrue();
        assertThat(browser.find("#download-format-csv").isSelected()).isTrue();
        browser.find("#download-form button[type=submit]").click();
        Path file = browser.downloaded(".csv");

        assertThat(file.getFileName().toString()).endsWith("-3-areas.csv");
        List<CSVRecord> rows = read(file);
        List<CSVRecord> areas =
                rows.stream().filter(r -> !r.get("area_code").equals("custom")).toList();
        List<CSVRecord> total = rows.subList(areas.size(), rows.size());
        assertThat(areas).extracting(r -> r.get("area_code")).containsOnlyElementsOf(postcodes.values());
        assertSameValues(valuesOf(areas), timeSeries(List.copyOf(postcodes.values())));
        assertThat(total).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("area_code")).isEqualTo("custom");
            assertThat(r.get("area_name")).isEqualTo("Total of 3 areas");
        });
        double claimants = areas.stream()
                .filter(r -> r.get("indicator_id").equals("claimant-count")
                        && r.get("period").equals("2025-10"))
                .mapToDouble(r -> Double.parseDouble(r.get("value")))
                .sum();
        assertThat(total)
                .filteredOn(r -> r.get("indicator_id").equals("claimant-count")
                        && r.get("period").equals("2025-10"))
                .singleElement()
                .satisfies(r -> assertThat(Double.parseDouble(r.get("value"))).isEqualTo(claimants));

        String form = "list=" + URLEncoder.encode(list, StandardCharsets.UTF_8) + "&total=true&format=csv";
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .isEqualTo(served.post("/api/extract", "application/x-www-form-urlencoded", form)
                        .body());
        WebElement result = browser.await(d -> {
            WebElement r = browser.find("#download-result");
            return r.getText().contains("rows") ? r : null;
        });
        assertThat(result.getText())
                .contains(file.getFileName().toString())
                .contains(rows.size() + " rows, ending with the total for all your areas");
        System.out.printf(
                "postcode list %s: %d rows, %d of them the custom area's total%n",
                file.getFileName(), rows.size(), total.size());
    }

    @Test
    void excelAndParquetComeAsTheirOwnFiles() throws Exception {
        browser.open("#/download/" + CAMDEN);
        assertThat(browser.find("#download-list").getAttribute("value")).isEqualTo(CAMDEN);
        browser.find("#download-format-xlsx").click();
        browser.find("#download-form button[type=submit]").click();
        Path xlsx = browser.downloaded(".xlsx");
        assertThat(new String(Files.readAllBytes(xlsx), 0, 2, StandardCharsets.US_ASCII))
                .isEqualTo("PK");

        browser.find("#download-format-parquet").click();
        browser.find("#download-form button[type=submit]").click();
        Path parquet = browser.downloaded(".parquet");
        assertThat(new String(Files.readAllBytes(parquet), 0, 4, StandardCharsets.US_ASCII))
                .isEqualTo("PAR1");
    }

    @Test
    void aPostcodeTheDirectoryDoesNotKnowIsShownBesideTheForm() {
        browser.open("#/download");
        browser.find("#download-list").sendKeys("NW3 9MM\nZZ9 9ZZ");
        browser.find("#download-form button[type=submit]").click();
        WebElement summary = browser.await(d -> {
            WebElement s = browser.find("#download-errors");
            return s.isDisplayed() ? s : null;
        });
        assertThat(summary.getText()).contains("ZZ9 9ZZ").contains("is not a London postcode");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("download-errors");
        assertThat(browser.find("#download-list-error").getText()).contains("ZZ9 9ZZ");
        browser.screenshot("download-error");
    }

    /** The first live London postcode of each borough in the sample directory, with its LSOA 2021. */
    static Map<String, String> londonPostcodes() throws IOException {
        Path directory = ObservatoryRun.repoRoot().resolve("data-samples/postcodes/nspl_sample.csv");
        Map<String, String> byBorough = new LinkedHashMap<>();
        Map<String, String> postcodes = new LinkedHashMap<>();
        try (var reader = Files.newBufferedReader(directory, StandardCharsets.UTF_8)) {
            for (CSVRecord r : CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                if (r.get("rgn").equals("E12000007")
                        && r.get("doterm").isEmpty()
                        && r.get("lsoa21").startsWith("E01")
                        && byBorough.putIfAbsent(r.get("laua"), r.get("pcds")) == null) {
                    postcodes.put(r.get("pcds"), r.get("lsoa21"));
                }
            }
        }
        assertThat(postcodes).hasSize(3);
        return postcodes;
    }

    /** The served open database's time_series for the areas: indicator|area|period → value (NaN for none). */
    static Map<String, Double> timeSeries(List<String> areas) throws Exception {
        ServedRelease release = served.bean(ServedReleases.class).lease().orElseThrow();
        Map<String, Double> values = new LinkedHashMap<>();
        try (Connection c = release.tier(false).database().connection();
                PreparedStatement s = c.prepareStatement("SELECT indicator_id, area_code, period_start, value"
                        + " FROM time_series WHERE list_contains(?::VARCHAR[], area_code)")) {
            s.setArray(1, c.createArrayOf("VARCHAR", areas.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    double v = r.getDouble(4);
                    values.put(
                            r.getString(1) + "|" + r.getString(2) + "|" + r.getString(3), r.wasNull() ? Double.NaN : v);
                }
            }
        } finally {
            release.release();
        }
        return values;
    }

    /** The same keys, and the same values to the last few digits a file's decimal text may round. */
    static void assertSameValues(Map<String, Double> file, Map<String, Double> database) {
        assertThat(file.keySet()).containsExactlyInAnyOrderElementsOf(database.keySet());
        database.forEach((key, expected) -> {
            double actual = file.get(key);
            if (Double.isNaN(expected)) {
                assertThat(actual).as(key).isNaN();
            } else {
                assertThat(actual).as(key).isCloseTo(expected, org.assertj.core.data.Percentage.withPercentage(1e-9));
            }
        });
    }

    static Map<String, Double> valuesOf(List<CSVRecord> rows) {
        Map<String, Double> values = new LinkedHashMap<>();
        for (CSVRecord r : rows) {
            String v = r.get("value");
            String key = r.get("indicator_id") + "|" + r.get("area_code") + "|" + start(r.get("period"));
            assertThat(values.put(key, v.isEmpty() ? Double.NaN : Double.parseDouble(v)))
                    .as(key)
                    .isNull();
        }
        return values;
    }

    /**
     * The first day of an extract's period: a file says 2021 (year), 2025-10 (month) or 2024-01/2024-03 and
     * 2021-04/2022-03 (quarters and financial years as their first and last months), where time_series says 2024-Q1
     * and 2021-22; the two meet on the period's first day.
     */
    static LocalDate start(String period) {
        String first = period.split("/")[0];
        return first.length() == 4 ? LocalDate.parse(first + "-01-01") : LocalDate.parse(first + "-01");
    }

    static List<CSVRecord> read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return new ArrayList<>(CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(text.substring(1)))
                .getRecords());
    }
}
