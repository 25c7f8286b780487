package london.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {"29,199|29199", "1,234,567.5|1234567.5", "412|412", "-3|-3", "0.25|0.25", "  17 |17", "+4|4"})
    void numbersIncludingThousandsSeparatorsAreRead(String text, double expected) {
        assertThat(Cell.parse(text)).isEqualTo(new Cell(expected, null, true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "*", "c", "[c]", "x", "-", ":", "[x]", "C", "[C]", "X"})
    void suppressionMarkersAreNullWithTheMarkerKept(String marker) {
        Cell cell = Cell.parse(marker);
        assertThat(cell.value()).isNull();
        assertThat(cell.marker()).isEqualTo(marker);
        assertThat(cell.valid()).isTrue();
        assertThat(cell.isSuppressed()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1,2", "12,34", "1234,567", "abc", "NaN", "Infinity", "0x10", "12%", ",123", "1,234,56"})
    void otherTextIsNotANumber(String text) {
        assertThat(Cell.parse(text).valid()).isFalse();
        assertThat(Cell.parse(text).value()).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void blankIsEmptyNotZero(String text) {
        assertThat(Cell.parse(text).isEmpty()).isTrue();
        assertThat(Cell.parse(null).isEmpty()).isTrue();
    }
}
