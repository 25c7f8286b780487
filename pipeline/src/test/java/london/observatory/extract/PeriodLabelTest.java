package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodLabelTest {

    @Test
    void periodsAreWrittenInIso8601() {
        LocalDate april = LocalDate.of(2023, 4, 1);
        assertThat(PeriodLabel.label(april, "month")).isEqualTo("2023-04");
        assertThat(PeriodLabel.label(april, "quarter")).isEqualTo("2023-04/2023-06");
        assertThat(PeriodLabel.label(april, "financial-year")).isEqualTo("2023-04/2024-03");
        assertThat(PeriodLabel.label(LocalDate.of(2016, 4, 1), "5-financial-year"))
                .isEqualTo("2016-04/2021-03");
        assertThat(PeriodLabel.label(LocalDate.of(2019, 1, 1), "3-year")).isEqualTo("2019-01/2021-12");
        assertThat(PeriodLabel.label(LocalDate.of(2021, 1, 1), "census")).isEqualTo("2021");
        assertThat(PeriodLabel.label(LocalDate.of(2021, 1, 1), "year")).isEqualTo("2021");
        assertThat(PeriodLabel.label(LocalDate.of(2024, 6, 30), "day")).isEqualTo("2024-06-30");
    }

    @Test
    void anUnknownTypeKeepsItsName() {
        assertThat(PeriodLabel.label(LocalDate.of(2024, 1, 1), "fortnight")).isEqualTo("2024-01-01 fortnight");
    }

    @Test
    void packedPeriodsAreDecodedAndCachedWithoutMixingUp() {
        PeriodLabel labels = new PeriodLabel(List.of("month", "quarter"));
        int day = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        for (int round = 0; round < 3; round++) {
            assertThat(labels.of(day * 64 + 1)).isEqualTo("2024-01");
            assertThat(labels.of(day * 64 + 2)).isEqualTo("2024-01/2024-03");
            // A key that lands in the same cache slot as another is still told apart.
            assertThat(labels.of((day + 1024 * 64) * 64 + 1))
                    .isEqualTo(PeriodLabel.label(LocalDate.ofEpochDay(day + 1024 * 64), "month"));
        }
        int before1970 = (int) LocalDate.of(1969, 12, 1).toEpochDay();
        assertThat(labels.of(before1970 * 64 + 1)).isEqualTo("1969-12");
    }
}
