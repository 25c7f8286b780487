package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default run is on the real London geography in data-samples/london, and the Census 2021 TS001 sample
 * (real LSOA codes, the real usual residents) lands on every LSOA of it.
 */
class DefaultGeographyIntegrationTests {

    private static final String FEED = "nomis-census-ts001";

    @TempDir
    static Path dataDir;

    static ObservatoryRun.Outcome run;

    @BeforeAll
    static void runOnTheRealGeography() {
        run = ObservatoryRun.defaultRun(dataDir, FEED);
    }

    @Test
    void publishesTheRealSpineWithCensus2021Residents() throws SQLException {
        assertThat(ObservatoryRun.query(dataDir, "SELECT level, count(*) FROM areas GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|33", "lsoa21|4994", "msoa21|1002", "region|1", "ward|684");
        assertThat(ObservatoryRun.query(dataDir, "SELECT name, population FROM areas WHERE code = 'E12000007'"))
                .containsExactly("London|8799776");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT level, sum(population) FROM areas WHERE level <> 'region' GROUP BY 1 ORDER BY 1"))
                .containsExactly("lad|8799776", "lsoa21|8799776", "msoa21|8799776", "ward|8799776");
        assertThat(
                        ObservatoryRun.query(
                                dataDir,
                                "SELECT name, msoa21_code, ward_code, lad_code, population FROM areas WHERE code = 'E01000001'"))
                .containsExactly("City of London 001A|E02000001|E05009288|E09000001|1475");
        assertThat(ObservatoryRun.query(
                        dataDir, "SELECT count(DISTINCT ward_code), min(ward_vintage) FROM ward_best_fit"))
                .containsExactly("684|2022");
    }

    @Test
    void theCensusSampleLandsOnEveryLsoaWithTheSpinesOwnResidents() throws SQLException {
        assertThat(run.output())
                .contains("nomis-census-ts001 placed from lsoa21: 4,996 in, 4,994 matched, 2 unmatched; value in"
                        + " 8,802,966, placed 8,799,776, unmatched 3,190");
        assertThat(ObservatoryRun.query(
                        dataDir,
                        "SELECT count(*), sum(o.value), count(*) FILTER (WHERE o.value = a.population) "
                                + "FROM observations o JOIN areas a ON a.code = o.area_code "
                                + "WHERE o.indicator_id = 'census-usual-residents'"))
                .containsExactly("4994|8799776.0|4994");
    }
}
