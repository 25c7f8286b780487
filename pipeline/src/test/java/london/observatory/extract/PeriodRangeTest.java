package london.observatory.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PeriodRangeTest {

    @Test
    void aYearRunsFromItsFirstDayToItsLast() {
        PeriodRange range = PeriodRange.parse("2024", "2024");
        assertThat(range.first()).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(range.last()).isEqualTo(LocalDate.of(2024, 12, 31));
    }

    @Test
    void monthsQuartersAndDaysAreRead() {
        assertThat(PeriodRange.parse("2024-02", "2024-02").last()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PeriodRange.parse("2024-Q2", "2024-q3"))
                .extracting(PeriodRange::first, PeriodRange::last)
                .containsExactly(LocalDate.of(2024, 4, 1), LocalDate.of(2024, 9, 30));
        assertThat(PeriodRange.parse("2024-06-15", null).first()).isEqualTo(LocalDate.of(2024, 6, 15));
    }

    @Test
    void aMissingBoundIsOpen() {
        PeriodRange range = PeriodRange.parse(null, " ");
        assertThat(range.first()).isEqualTo(PeriodRange.EARLIEST);
        assertThat(range.last()).isEqualTo(PeriodRange.LATEST);
        assertThat(range.from()).isNull();
    }

    @Test
    void aRangeWithinOnePeriodIsNotInverted() {
        assertThat(PeriodRange.parse("2024-06", "2024").first()).isEqualTo(LocalDate.of(2024, 6, 1));
    }

    @Test
    void anInvertedRangeIsRefused() {
        assertThatThrownBy(() -> PeriodRange.parse("2024-07", "2024-06"))
                .isInstanceOf(ExtractRequestException.class)
                .hasMessage("period range inverted: from \"2024-07\" starts after to \"2024-06\" ends");
    }

    @Test
    void impossibleDatesAreMalformed() {
        for (String text : new String[] {"2024-00", "2024-13", "2023-02-29", "2024-Q5", "24", "2024/25", "June"}) {
            assertThatThrownBy(() -> PeriodRange.parse(text, null))
                    .as(text)
                    .isInstanceOf(ExtractRequestException.class)
                    .hasMessageStartingWith("malformed period \"" + text + "\"");
        }
    }
}
