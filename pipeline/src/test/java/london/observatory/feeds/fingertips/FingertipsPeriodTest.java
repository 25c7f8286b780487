package london.observatory.feeds.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FingertipsPeriodTest {

    @Test
    void calendarYearStartsInJanuary() {
        assertThat(FingertipsPeriod.parse("2022"))
                .isEqualTo(new FingertipsPeriod("2022", LocalDate.of(2022, 1, 1), "year"));
    }

    @Test
    void financialYearStartsOnTheFirstOfApril() {
        assertThat(FingertipsPeriod.parse("2022/23"))
                .isEqualTo(new FingertipsPeriod("2022/23", LocalDate.of(2022, 4, 1), "financial-year"));
    }

    @Test
    void financialYearAcrossTheCenturyIsRead() {
        assertThat(FingertipsPeriod.parse("1999/00").start()).isEqualTo(LocalDate.of(1999, 4, 1));
    }

    @Test
    void threePooledYearsStartInTheFirstYear() {
        assertThat(FingertipsPeriod.parse("2020 - 22"))
                .isEqualTo(new FingertipsPeriod("2020 - 22", LocalDate.of(2020, 1, 1), "3-year"));
    }

    @Test
    void fivePooledYearsAreTypedByTheirLength() {
        assertThat(FingertipsPeriod.parse("2016 - 20").type()).isEqualTo("5-year");
        assertThat(FingertipsPeriod.parse("2019 - 2021").type()).isEqualTo("3-year");
    }

    @Test
    void pooledFinancialYearsStartInAprilOfTheFirst() {
        assertThat(FingertipsPeriod.parse("2016/17 - 20/21"))
                .isEqualTo(new FingertipsPeriod("2016/17 - 20/21", LocalDate.of(2016, 4, 1), "5-financial-year"));
    }

    @Test
    void surroundingSpacesAreIgnored() {
        assertThat(FingertipsPeriod.parse(" 2022/23 ").text()).isEqualTo("2022/23");
    }

    @Test
    void quarterIsNotAKnownFormat() {
        assertThatThrownBy(() -> FingertipsPeriod.parse("2022 Q1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Time period '2022 Q1' is not a year (2022), a financial year (2022/23) or pooled years (2020 - 22, 2016/17 - 20/21)");
    }

    @Test
    void financialYearWhoseSecondHalfDoesNotFollowIsRejected() {
        assertThatThrownBy(() -> FingertipsPeriod.parse("2022/24"))
                .hasMessage("Time period '2022/24' is not a financial year: 24 does not follow 2022");
    }

    @Test
    void pooledSpanThatRunsBackwardsIsRejected() {
        assertThatThrownBy(() -> FingertipsPeriod.parse("2020 - 2019"))
                .hasMessage("Time period '2020 - 2019' is not a span of pooled years: 2020 to 2019");
    }

    @Test
    void blankIsRejected() {
        assertThatThrownBy(() -> FingertipsPeriod.parse(" "))
                .hasMessageStartingWith("Time period '' is not a year");
    }
}
