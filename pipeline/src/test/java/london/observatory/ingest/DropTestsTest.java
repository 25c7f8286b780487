package london.observatory.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import london.observatory.descriptor.DataTests;
import org.junit.jupiter.api.Test;

/** A run's periods against the last good data of the same periods, with exact counts. */
class DropTestsTest {

    private static final String FEED = "datastore-homelessness-assessments";
    private static final String Q1 = "quarter-2024-01-01";
    private static final String Q2 = "quarter-2024-04-01";

    @Test
    void theProbeCaseAQuarterCutFrom33BoroughsTo20FailsNamingFeedPeriodCountsAndThresholds() {
        assertThat(DropTests.judge(
                        FEED,
                        DataTests.DEFAULT,
                        Map.of(Q1, counts(66, 33), Q2, counts(66, 33)),
                        staged(Q1, counts(66, 33), Q2, counts(40, 20))))
                .contains("datastore-homelessness-assessments: period quarter-2024-04-01 fell from 66 rows in 33 "
                        + "areas (last good) to 40 rows in 20 areas (rows -39.4%, areas -39.4%), more than its data "
                        + "tests allow (rows -5%, areas -2% at most; dataTests in its descriptor); the last good "
                        + "data stay");
    }

    @Test
    void areasFallingBeyondTheirThresholdFailWhileRowsStayWithinTheirs() {
        // 100 rows in 50 areas become 100 rows in 48: rows unchanged, areas -4% against 2% allowed
        assertThat(DropTests.judge(FEED, DataTests.DEFAULT, Map.of(Q1, counts(100, 50)), staged(Q1, counts(100, 48))))
                .hasValueSatisfying(line -> assertThat(line)
                        .contains("fell from 100 rows in 50 areas (last good) to 100 rows in 48 areas "
                                + "(rows +0.0%, areas -4.0%)"));
        // one area of 50 is exactly 2%: allowed
        assertThat(DropTests.judge(FEED, DataTests.DEFAULT, Map.of(Q1, counts(100, 50)), staged(Q1, counts(100, 49))))
                .isEmpty();
    }

    @Test
    void rowsMayFallByExactlyTheDescriptorsShareAndNotOneRowMore() {
        DataTests tenPercent = new DataTests(0.1, 0.5, null, null);

        assertThat(DropTests.judge(FEED, tenPercent, Map.of(Q1, counts(200, 10)), staged(Q1, counts(180, 10))))
                .isEmpty();
        assertThat(DropTests.judge(FEED, tenPercent, Map.of(Q1, counts(200, 10)), staged(Q1, counts(179, 10))))
                .hasValueSatisfying(line -> assertThat(line)
                        .contains("fell from 200 rows in 10 areas (last good) to 179 rows in 10 areas "
                                + "(rows -10.5%, areas +0.0%)")
                        .contains("(rows -10%, areas -50% at most;"));
    }

    @Test
    void aFirstRunHasNothingToFallFromAndPasses() {
        assertThat(DropTests.judge(FEED, DataTests.DEFAULT, Map.of(), staged(Q1, counts(1, 1))))
                .isEmpty();
    }

    @Test
    void aNewPeriodPassesBesideAnUnchangedOne() {
        assertThat(DropTests.judge(
                        FEED,
                        DataTests.DEFAULT,
                        Map.of(Q1, counts(66, 33)),
                        staged(Q1, counts(66, 33), Q2, counts(2, 1))))
                .isEmpty();
    }

    @Test
    void periodsThatGrowPass() {
        assertThat(DropTests.judge(FEED, DataTests.DEFAULT, Map.of(Q1, counts(66, 33)), staged(Q1, counts(70, 35))))
                .isEmpty();
    }

    @Test
    void aDescriptorSayingDropsAreNormalPassesAnyDrop() {
        DataTests normal = new DataTests(null, null, true, "a list of open cases: closed cases leave it");

        assertThat(DropTests.judge(FEED, normal, Map.of(Q1, counts(66, 33)), staged(Q1, counts(1, 1))))
                .isEmpty();
    }

    @Test
    void severalPeriodsFallingNameTheFirstAndCountTheRest() {
        String q3 = "quarter-2024-07-01";

        assertThat(DropTests.judge(
                        FEED,
                        DataTests.DEFAULT,
                        Map.of(Q1, counts(66, 33), Q2, counts(66, 33), q3, counts(66, 33)),
                        staged(Q1, counts(10, 5), Q2, counts(66, 33), q3, counts(64, 32))))
                .hasValueSatisfying(line -> assertThat(line)
                        .startsWith("datastore-homelessness-assessments: period quarter-2024-01-01 fell from 66 rows "
                                + "in 33 areas (last good) to 10 rows in 5 areas (rows -84.8%, areas -84.8%)")
                        .endsWith("; 1 more period fell too; the last good data stay"));
    }

    private static PeriodCounts counts(long rows, long areas) {
        return new PeriodCounts(rows, areas);
    }

    private static TreeMap<String, PeriodCounts> staged(Object... periodsAndCounts) {
        TreeMap<String, PeriodCounts> staged = new TreeMap<>();
        for (int i = 0; i < periodsAndCounts.length; i += 2) {
            staged.put((String) periodsAndCounts[i], (PeriodCounts) periodsAndCounts[i + 1]);
        }
        return staged;
    }
}
