package london.observatory.release;

import static london.observatory.release.ReleaseFixture.JAN;
import static london.observatory.release.ReleaseFixture.LSOAS;
import static london.observatory.release.ReleaseFixture.RECORD_FEED;
import static london.observatory.release.ReleaseFixture.publisher;
import static london.observatory.release.ReleaseFixture.release;
import static london.observatory.release.ReleaseFixture.rows;
import static london.observatory.release.ReleaseFixture.writeFeed;
import static london.observatory.release.ReleaseFixture.writeReferenceTables;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.CatalogueRows;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.parquet.ParquetLayout;
import london.observatory.parquet.SmallTables;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Camden's applications per 1,000 residents, a rate derived from its case list's count: exact in the full
 * database; in the open one, and in every open roll-up of it, made from the protected counts only.
 */
class DerivedRatesTest {

    private static final String COUNT = "camden-housing-register-applications";
    private static final String RATE = "camden-housing-register-applications-per-1000-residents";
    private static final String RESIDENTS = "census-usual-residents";

    @TempDir
    Path dataDir;

    @Test
    void theOpenRateAndItsRollUpsRestOnProtectedNumeratorsAndTheFullOnesOnExactCounts() throws Exception {
        writeReferenceTables(
                dataDir, 0, LSOAS, Map.of(COUNT, RECORD_FEED, RATE, RECORD_FEED, RESIDENTS, "nomis-census-ts001"));
        FeedCatalog catalog = FeedCatalog.load(Map.of());
        new SmallTables(new ParquetLayout(dataDir)).indicators(CatalogueRows.of(catalog));
        writeFeed(dataDir, RECORD_FEED, COUNT, JAN, 2, 3.0, 7L); // 3, 4, 5 and 6 applications a month
        writeFeed(dataDir, "nomis-census-ts001", RESIDENTS, JAN.minusYears(3), 1, 1500.0, null);

        publisher().publish(dataDir, "r1", catalog, RepoFiles.madeUpGeography());

        Path full = release(dataDir, "r1").resolve(ReleaseLayout.FULL);
        Path open = release(dataDir, "r1").resolve(ReleaseLayout.OPEN);
        String rates = "SELECT string_agg(format('{}={:.4f}/{}/{}', area_code, value, numerator, denominator), ' '"
                + " ORDER BY area_code) FROM observations WHERE indicator_id = '" + RATE + "' AND period = '2024-01'";
        assertThat(rows(full, rates))
                .containsExactly("E01000001=2.0000/3.0/1500.0 E01000002=2.6649/4.0/1501.0 E01000003=3.3289/5.0/1502.0"
                        + " E01000004=3.9920/6.0/1503.0");
        // every open rate is its LSOA's protected count over the same residents
        assertThat(rows(
                        open,
                        "SELECT count(*) || '|' || count(*) FILTER (r.numerator = c.value AND r.flag = 'perturbed'"
                                + " AND abs(r.value - c.value / r.denominator * 1000) < 1e-9) FROM observations r JOIN"
                                + " observations c ON c.indicator_id = '" + COUNT
                                + "' AND c.area_code = r.area_code AND"
                                + " c.period = r.period WHERE r.indicator_id = '" + RATE + "'"))
                .containsExactly("8|8");
        assertThat(rows(
                        open,
                        "SELECT count(*) FROM observations WHERE indicator_id = '" + RATE + "' AND"
                                + " numerator BETWEEN 1 AND 9"))
                .as("no open numerator is a count below the threshold, as the exact ones all are")
                .containsExactly("0");
        // the borough's open rate is the sum of protected numerators over the sum of residents
        assertThat(rows(
                        open,
                        "SELECT round(r.value, 6) = round(sum(c.value) / 6006 * 1000, 6) FROM"
                                + " observation_rollups r, observations c WHERE r.indicator_id = '" + RATE + "' AND"
                                + " r.area_level = 'lad' AND r.period_start = DATE '2024-01-01' AND c.indicator_id = '"
                                + COUNT
                                + "' AND c.period = '2024-01' GROUP BY r.value"))
                .containsExactly("true");
    }
}
