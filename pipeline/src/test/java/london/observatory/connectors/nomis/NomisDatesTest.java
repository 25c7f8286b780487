package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import london.observatory.period.Period;
import org.junit.jupiter.api.Test;

class NomisDatesTest {

    private final NomisDates dates = new NomisDates();

    @Test
    void monthsAsTheApiAndItsLabelsWriteThem() {
        assertThat(dates.parse("2024-06")).isEqualTo(month(2024, 6));
        assertThat(dates.parse("January 2018")).isEqualTo(month(2018, 1));
        assertThat(dates.parse("December 2017")).isEqualTo(month(2017, 12));
        assertThat(dates.parse("Jan-16")).isEqualTo(month(2016, 1));
        assertThat(dates.parse("Sep 2024")).isEqualTo(month(2024, 9));
        assertThat(dates.parse(" June 2024 ")).isEqualTo(month(2024, 6));
    }

    @Test
    void aCensusYearIsAYear() {
        assertThat(dates.parse("2021")).isEqualTo(new Period(LocalDate.of(2021, 1, 1), "year"));
    }

    @Test
    void anythingElseIsNotADate() {
        assertThat(dates.parse("2025-9")).isNull();
        assertThat(dates.parse("2024-13")).isNull();
        assertThat(dates.parse("Janvier 2018")).isNull();
        assertThat(dates.parse("")).isNull();
    }

    private static Period month(int year, int month) {
        return new Period(LocalDate.of(year, month, 1), "month");
    }
}
