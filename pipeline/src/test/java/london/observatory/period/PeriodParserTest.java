package london.observatory.period;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import london.observatory.descriptor.TableMapping.PeriodColumn;
import org.junit.jupiter.api.Test;
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
                "dd/MM/yyyy|null|17/03/2024|2024-03-17|day",
                "MMM-yy|null|Jan-16|2016-01-01|month",
                "MMM-yy|null|Sep-17|2017-09-01|month",
                "MMM yyyy|null|Dec 2017|2017-12-01|month",
                "yyyy MMM|null|2018 Mar|2018-03-01|month",
                "MM/yyyy|null|03/2024|2024-03-01|month"
            })
    void readsEachFormat(String format, String type, String text, LocalDate start, String expectedType) {
        assertThat(new PeriodParser(new PeriodColumn("p", format, null, type, null)).parse(text))
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
                "dd/MM/yyyy|2024-03-17",
                "MMM-yy|Jan 2016",
                "MMM-yy|Foo-16",
                "MMM-yy|January-16"
            })
    void textThatDoesNotFitTheFormatIsNoPeriod(String format, String text) {
        assertThat(new PeriodParser(new PeriodColumn("p", format, null, null, null)).parse(text))
                .isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Jan-16|2016-01-01|month",
                "December 2017|2017-12-01|month",
                "2018-02|2018-02-01|month",
                "2019/20|2019-04-01|financial-year",
                "Apr-Jun 2024|2024-04-01|quarter",
                "Jul-Sept 2024|2024-07-01|quarter"
            })
    void severalFormatsAreTriedInOrder(String text, LocalDate start, String expectedType) {
        PeriodParser parser = parser(List.of("MMM-yy", "MMMM yyyy", "yyyy-MM", "yyyy/yy", "MMM-MMM yyyy"));

        assertThat(parser.parse(text)).isEqualTo(new Period(start, expectedType));
    }

    @Test
    void textNoFormatFitsIsQuarantinedNamingEveryFormatTried() {
        PeriodParser parser = parser(List.of("MMM-yy", "MMMM yyyy"));

        assertThat(parser.parse("Foo 2017")).isNull();
        assertThat(parser.problem("Foo 2017")).isEqualTo("period \"Foo 2017\" matches none of MMM-yy, MMMM yyyy");
        assertThat(parser.problem(" 2017-13 ")).isEqualTo("period \"2017-13\" matches none of MMM-yy, MMMM yyyy");
    }

    @Test
    void oneFormatSaysSo() {
        PeriodParser parser = new PeriodParser(new PeriodColumn("p", "yyyy", null, null, null));

        assertThat(parser.problem("20x3")).isEqualTo("period \"20x3\" is not in the format yyyy");
    }

    @Test
    void formatsWinOverFormatWhenADescriptorGivesBoth() {
        PeriodColumn both = new PeriodColumn("p", "yyyy", List.of("MMM-yy"), null, null);

        assertThat(both.allFormats()).containsExactly("MMM-yy");
        assertThat(new PeriodParser(both).parse("Jan-16")).isEqualTo(new Period(LocalDate.of(2016, 1, 1), "month"));
    }

    private static PeriodParser parser(List<String> formats) {
        return new PeriodParser(new PeriodColumn("p", null, formats, null, null));
    }
}
