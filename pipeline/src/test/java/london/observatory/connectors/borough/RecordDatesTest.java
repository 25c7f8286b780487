package london.observatory.connectors.borough;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordDatesTest {

    private final RecordDates dates = new RecordDates(List.of("dd/MM/yyyy", "yyyy-MM-dd"));

    @ParameterizedTest
    @CsvSource({
        "05/03/2024, 2024-03-01",
        "2024-03-05, 2024-03-01",
        "2024-03-05T10:15:00, 2024-03-01",
        "05/03/2024 00:00, 2024-03-01",
        "' 29/02/2024 ', 2024-02-01",
        "31/12/2023, 2023-12-01"
    })
    void aDateInAnyOfTheFormatsGivesItsMonth(String text, LocalDate month) {
        assertThat(dates.month(text)).isEqualTo(month);
    }

    @ParameterizedTest
    @ValueSource(strings = {"31/02/2024", "29/02/2023", "2024-13-01", "", "March 2024", "05-03-2024", "5/3/24"})
    void textThatIsNoDateInTheFormatsGivesNothing(String text) {
        assertThat(dates.month(text)).isNull();
    }

    @Test
    void aMissingCellGivesNothing() {
        assertThat(dates.month(null)).isNull();
    }
}
