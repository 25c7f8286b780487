package london.observatory.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import london.observatory.descriptor.TableMapping.PeriodColumn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PeriodParserTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            nullValues = "null",
            value = {
                "yyyyMM|null|202406|2024-06-01|month",
                "yyyy-MM|null|2024-06|2024-06-01|month",
                "MMMM yyyy|null|June 2024|2024-06-01|month",
                "yyyy|census|2021|2021-01-01|census",
                "yyyy/yy|null|2022/23|2022-04-01|financial-year",
                "MMM-MMM yyyy|null|Apr-Jun 2024|2024-04-01|quarter",
                "MMM-MMM yyyy|null|Jul-Sep 2024|2024-07-01|quarter",
                "MMM-MMM yyyy|null|Jul-Sept 2024|2024-07-01|quarter",
                "dd-MMM-yyyy|month|05-Sep-2024|2024-09-01|month",
                "fingertips|null|2022|2022-01-01|year",
                "fingertips|null|2022/23|2022-04-01|financial-year",
                "fingertips|null|2020 - 22|2020-01-01|3-year",
                "fingertips|null|1999 - 01|1999-01-01|3-year",
                "fingertips|null|2016/17 - 20/21|2016-04-01|5-financial-year",
                "fingertips|null|1999/00|1999-04-01|financial-year",
                "dd/MM/yyyy|month|17/03/2024|2024-03-01|month",
                "dd/MM/yyyy|null|17/03/2024|2024-03-17|day"
            })
    void readsEachFormat(String format, String type, String text, LocalDate start, String expectedType) {
        assertThat(new PeriodParser(new PeriodColumn("p", format, type, null)).parse(text))
                .isEqualTo(new Period(start, expectedType));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "yyyyMM|202413",
                "yyyy|21",
                "yyyy/yy|2022/24",
                "MMM-MMM yyyy|Jan-Apr 2024",
                "MMM-MMM yyyy|Feb-Apr 2024",
                "fingertips|2022 Q1",
                "fingertips|2016/18 - 20/21",
                "fingertips|2022/23 - 22/23",
                "dd/MM/yyyy|2024-03-17"
            })
    void textThatDoesNotFitTheFormatIsNoPeriod(String format, String text) {
        assertThat(new PeriodParser(new PeriodColumn("p", format, null, null)).parse(text))
                .isNull();
    }
}
