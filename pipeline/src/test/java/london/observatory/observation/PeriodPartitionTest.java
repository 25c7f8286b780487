package london.observatory.observation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A period's partition name and the first day read back from it (a backfill keeps the partitions in its range). */
class PeriodPartitionTest {

    @Test
    void eachKindOfPeriodIsReadBackToItsFirstDay() {
        assertRoundTrip(LocalDate.of(2025, 10, 1), "month", "2025-10");
        assertRoundTrip(LocalDate.of(2021, 1, 1), "year", "2021");
        assertRoundTrip(LocalDate.of(2024, 4, 1), "quarter", "quarter-2024-04-01");
        assertRoundTrip(LocalDate.of(2022, 4, 1), "financial-year", "financial-year-2022-04-01");
        assertRoundTrip(LocalDate.of(2016, 4, 1), "5-financial-year", "5-financial-year-2016-04-01");
    }

    @Test
    void aCensusIsNamedByItsYearSoItsPartitionStartsOnTheFirstOfJanuary() {
        Observation census = observation(LocalDate.of(2021, 3, 21), "census");

        assertThat(census.periodPartition()).isEqualTo("2021");
        assertThat(Observation.periodStartOf("2021")).isEqualTo(LocalDate.of(2021, 1, 1));
    }

    @Test
    void aNameNoPeriodHasIsRefused() {
        assertThatThrownBy(() -> Observation.periodStartOf("latest"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("not a period partition: latest");
    }

    private static void assertRoundTrip(LocalDate start, String type, String name) {
        assertThat(observation(start, type).periodPartition()).isEqualTo(name);
        assertThat(Observation.periodStartOf(name)).isEqualTo(start);
    }

    private static Observation observation(LocalDate start, String type) {
        return Observation.count("i", "E01000001", "lsoa21", start, type, 1.0, null, null, null, null, null, "run");
    }
}
