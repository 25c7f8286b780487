package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole catalogue run offline on data-samples: every theme, from more than one family of source. */
class AllThemesIntegrationTests {

    @TempDir
    Path dataDir;

    @Test
    void theOfflineRunPublishesEveryThemeFromSeveralSourceFamilies() throws SQLException {
        ObservatoryRun.Outcome run = ObservatoryRun.nightly(dataDir, ObservatoryRun.ALL_FEEDS);

        assertThat(run.exitCode()).isZero();
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*), count(*) FILTER (outcome = 'ingested') FROM runs"))
                .containsExactly("13|13");
        assertThat(ObservatoryRun.query(dataDir, "SELECT i.theme, count(DISTINCT i.id), count(DISTINCT i.source), "
                + "string_agg(DISTINCT i.source, ',' ORDER BY i.source) FROM indicators i "
                + "WHERE EXISTS (SELECT 1 FROM observations o WHERE o.indicator_id = i.id) GROUP BY 1 ORDER BY 1"))
                .containsExactly(
                        "debt|5|2|datastore,insolvency-service",
                        "housing|5|2|datastore,nomis",
                        "jobs|5|2|nomis,statxplore",
                        "mental_health|4|2|fingertips,nomis",
                        "population|1|1|nomis");
        // Every value is on the spine or linked to it: LSOA 2021 values, or boroughs that are areas.
        assertThat(ObservatoryRun.query(dataDir, "SELECT area_level, count(*) FROM observations GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|957", "lsoa21|2212");
        // National files: rows outside London are counted, not quarantined; England/London rows set aside.
        assertThat(ObservatoryRun.query(dataDir, "SELECT feed, reason, records FROM reconciliation "
                + "WHERE status = 'unmatched' AND feed IN ('nomis-census-ts052', 'fingertips-self-harm-admissions', "
                + "'fingertips-depression-prevalence-gp') ORDER BY 1")).containsExactly(
                        "fingertips-depression-prevalence-gp|set-aside|12",
                        "fingertips-self-harm-admissions|set-aside|4",
                        "nomis-census-ts052|outside-london|2");
        assertThat(ObservatoryRun.query(dataDir, "SELECT sum(rows_quarantined) FROM runs")).containsExactly("0");
        // A census percentage keeps its parts, so roll-ups recompute it rather than averaging.
        assertThat(ObservatoryRun.query(dataDir, "SELECT value = numerator / denominator * 100, count(*) "
                + "FROM observations WHERE indicator_id = 'census-overcrowded' GROUP BY 1")).containsExactly("true|154");
        // Depression prevalence at GP practice, estimated for the 28 LSOAs of the 12 sample practices × 2 years
        // from their shares of each practice's register and list size: each value is recomputed from the
        // summed parts. In 2021/22 F99008 is withheld, so the 4 Tower Hamlets LSOAs it serves are too.
        assertThat(ObservatoryRun.query(dataDir, "SELECT flag, method, source_geography, "
                + "value = numerator / denominator * 100, count(*) FROM observations "
                + "WHERE indicator_id = 'depression-prevalence-gp' AND area_level = 'lsoa21' GROUP BY ALL ORDER BY 1"))
                .containsExactly("estimated|gp-weighted|gp-practice|true|52", "suppressed|gp-weighted|gp-practice|null|4");
    }
}
