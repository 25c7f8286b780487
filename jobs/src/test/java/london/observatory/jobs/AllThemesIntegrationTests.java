package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole catalogue run offline on data-samples: every theme, from more than one family of source; and the
 * spreadsheet feed's published values traced back to the cells of its sample file.
 */
class AllThemesIntegrationTests {

    /** Every feed of {@code observatory/feeds/index.txt}, as the nightly job loads them. */
    private static final FeedCatalog CATALOGUE = FeedCatalog.load(Map.of());

    private static final String HCLIC = "mhclg-hclic-initial-assessments";

    /** One offline run of the whole catalogue, which both tests read (each feed's rows carry its id). */
    @TempDir
    static Path dataDir;

    static ObservatoryRun.Outcome run;

    @BeforeAll
    static void runTheCatalogue() {
        run = ObservatoryRun.defaultRun(dataDir, ObservatoryRun.ALL_FEEDS);
    }

    @Test
    void theOfflineRunPublishesEveryThemeFromSeveralSourceFamilies() throws SQLException {

        assertThat(run.exitCode()).isZero();
        // Counted from the catalogue, so a feed added with its sample needs no change here.
        int feeds = CATALOGUE.feeds().size();
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*), count(*) FILTER (outcome = 'ingested') FROM runs"))
                .containsExactly(feeds + "|" + feeds);
        // Every indicator of the catalogue has observations, under its theme and source family.
        assertThat(
                        ObservatoryRun.query(
                                dataDir,
                                "SELECT i.theme, count(DISTINCT i.id), count(DISTINCT i.source), "
                                        + "string_agg(DISTINCT i.source, ',' ORDER BY i.source) FROM indicators i "
                                        + "WHERE EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = i.id) GROUP BY 1 ORDER BY 1"))
                .isEqualTo(themesOfTheCatalogue());
        // Every value is on the spine or linked to it: LSOA 2021 values, or boroughs that are areas.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT DISTINCT o.area_level, a.level FROM observations o "
                                + "LEFT JOIN areas a ON a.code = o.area_code ORDER BY 1"))
                .containsExactly("lad|lad", "lsoa21|lsoa21");
        // Each observation is one its feed's run counted as written, except the rates made at publish.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT (SELECT count(*) FROM observations WHERE method <> 'derived-rate') = sum(rows_written) "
                                + "FROM runs"))
                .containsExactly("true");
        // National files: rows outside London are counted, not quarantined; England/London rows set aside.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT feed, reason, records FROM reconciliation "
                                + "WHERE status = 'unmatched' AND feed IN ('nomis-census-ts052', 'fingertips-self-harm-admissions', "
                                + "'fingertips-depression-prevalence-gp') ORDER BY 1"))
                .containsExactly(
                        "fingertips-depression-prevalence-gp|set-aside|12",
                        "fingertips-self-harm-admissions|set-aside|4",
                        "nomis-census-ts052|outside-london|2");
        // The only bad rows are the three dates planted in the borough case lists (BoroughRecordsIntegrationTests).
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT feed, rows_quarantined FROM runs WHERE rows_quarantined > 0 " + "ORDER BY 1"))
                .containsExactly(
                        "camden-housing-register|1",
                        "hackney-temporary-accommodation|1",
                        "southwark-council-tax-arrears|1");
        // A census percentage keeps its parts, so roll-ups recompute it rather than averaging.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT value = numerator / denominator * 100, count(*) "
                                + "FROM observations WHERE indicator_id = 'census-overcrowded' GROUP BY 1"))
                .containsExactly("true|4994");
        // Depression prevalence at GP practice, estimated for the 28 LSOAs of the 12 sample practices × 2 years
        // from their shares of each practice's register and list size: each value is recomputed from the
        // summed parts. In 2021/22 F99008 is withheld, so the 4 Tower Hamlets LSOAs it serves are too.
        assertThat(
                        ObservatoryRun.query(
                                dataDir,
                                "SELECT flag, method, source_geography, "
                                        + "value = numerator / denominator * 100, count(*) FROM observations "
                                        + "WHERE indicator_id = 'depression-prevalence-gp' AND area_level = 'lsoa21' GROUP BY ALL ORDER BY 1"))
                .containsExactly(
                        "estimated|gp-weighted|gp-practice|true|52", "suppressed|gp-weighted|gp-practice|null|4");
        // The catalogue says when each indicator is next released.
        int indicators = CATALOGUE.feeds().stream()
                .mapToInt(feed -> feed.indicators().size())
                .sum();
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT count(*), count(*) FILTER (trim(next_release) <> '') " + "FROM indicators"))
                .containsExactly(indicators + "|" + indicators);
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT DISTINCT frequency, next_release FROM indicators "
                                + "WHERE feed = 'mhclg-hclic-initial-assessments'"))
                .containsExactly("quarterly|Quarterly, about six "
                        + "months after the quarter ends (MHCLG statutory homelessness statistics release calendar)");
    }

    /**
     * The H-CLIC values published for boroughs are the cells of data-samples/hclic/Detailed_LA_202403.ods,
     * sheet A1, as LibreOffice shows them (columns H prevention duty, J relief duty, L households in
     * thousands, N homeless per 1,000): row 15 Camden 275, 375, 96.5, 3.89; row 16 City of London 7, 12,
     * 4.567, 2.63; row 34 Newham 640, 530, 96.812, 5.47 (its total typed as text, not read); row 29
     * Kensington and Chelsea ".." throughout (no return), households 70.123.
     */
    @Test
    void hclicValuesAreTheSampleCellsForTheQuarterTheFileCovers() throws SQLException {
        assertThat(run.exitCode()).isZero();
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT area_code, indicator_id, value, numerator, denominator, "
                                + "flag, status_marker FROM observations WHERE feed = '" + HCLIC
                                + "' AND area_code IN ('E09000007', "
                                + "'E09000001', 'E09000025', 'E09000020') ORDER BY area_code, indicator_id"))
                .containsExactly(
                        "E09000001|hclic-homeless-rate|2.63|12.0|4567.0|null|null",
                        "E09000001|hclic-prevention-duty|7.0|null|null|null|null",
                        "E09000001|hclic-relief-duty|12.0|null|null|null|null",
                        "E09000007|hclic-homeless-rate|3.89|375.0|96500.0|null|null",
                        "E09000007|hclic-prevention-duty|275.0|null|null|null|null",
                        "E09000007|hclic-relief-duty|375.0|null|null|null|null",
                        "E09000020|hclic-homeless-rate|null|null|70123.0|suppressed|..",
                        "E09000020|hclic-prevention-duty|null|null|null|suppressed|..",
                        "E09000020|hclic-relief-duty|null|null|null|suppressed|..",
                        "E09000025|hclic-homeless-rate|5.47|530.0|96812.0|null|null",
                        "E09000025|hclic-prevention-duty|640.0|null|null|null|null",
                        "E09000025|hclic-relief-duty|530.0|null|null|null|null");
        // One quarter, from the sheet's title, for the 33 boroughs; Medway and Guildford counted outside London.
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT period_start, period_type, area_level, count(*), "
                                + "count(DISTINCT area_code) FROM observations WHERE feed = '" + HCLIC
                                + "' GROUP BY ALL"))
                .containsExactly("2024-01-01|quarter|lad|99|33");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT reason, records FROM reconciliation WHERE status = 'unmatched' " + "AND feed = '"
                                + HCLIC + "'"))
                .containsExactly("outside-london|6");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT rows_read, rows_written, rows_quarantined, "
                                + "expected_next_release = CAST(started_at AS DATE) + INTERVAL 3 MONTH FROM runs "
                                + "WHERE feed = '" + HCLIC + "'"))
                .containsExactly("35|99|0|true");
    }

    /** Per theme, as the query above gives it: indicators, source families, and their names, from the descriptors. */
    private static List<String> themesOfTheCatalogue() {
        Map<String, Set<String>> indicators = new TreeMap<>();
        Map<String, Set<String>> sources = new TreeMap<>();
        for (FeedDescriptor feed : CATALOGUE.feeds()) {
            for (IndicatorDefinition indicator : feed.indicators()) {
                indicators
                        .computeIfAbsent(indicator.theme(), theme -> new TreeSet<>())
                        .add(indicator.id());
                sources.computeIfAbsent(indicator.theme(), theme -> new TreeSet<>())
                        .add(feed.source().family());
            }
        }
        return indicators.keySet().stream()
                .map(theme -> theme + "|" + indicators.get(theme).size() + "|"
                        + sources.get(theme).size() + "|" + String.join(",", sources.get(theme)))
                .toList();
    }
}
