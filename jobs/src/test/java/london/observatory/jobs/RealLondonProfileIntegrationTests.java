package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code real-london} profile starts the application on the real London geography in data-samples/london.
 * Only the geography is checked: the sample feeds still carry made-up LSOA codes (E01990001…), which the
 * real spine counts as outside London, so the feed's own outcome is not what this test is about.
 */
class RealLondonProfileIntegrationTests {

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
    void theSampleFeedsMadeUpCodesPlaceNothingOnTheRealSpine() throws SQLException {
        // The sample's codes are well-formed LSOA 2021 codes the real lookup does not have; the run still
        // publishes the spine, which is what a profile must get right.
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations"))
                .containsExactly("0");
        assertThat(run.output()).contains("published");
    }
}
