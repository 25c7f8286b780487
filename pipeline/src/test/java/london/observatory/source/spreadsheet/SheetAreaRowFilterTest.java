package london.observatory.source.spreadsheet;

import static london.observatory.source.spreadsheet.AreaRowFilter.Kind.AGGREGATE;
import static london.observatory.source.spreadsheet.AreaRowFilter.Kind.AREA;
import static london.observatory.source.spreadsheet.AreaRowFilter.Kind.NOTE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SheetAreaRowFilterTest {

    @Test
    void localAuthorityCodesAreAreas() {
        for (String code : List.of("E09000007", "E06000035", "E07000209", "E08000025", "W06000015")) {
            assertThat(AreaRowFilter.kind(code, "x", List.of(code, "x", "1")))
                    .as(code)
                    .isEqualTo(AREA);
        }
    }

    @Test
    void countryRegionCountyAndLondonTotalsAreSetAside() {
        for (String code :
                List.of("E92000001", "W92000004", "K04000001", "E12000007", "E13000001", "E10000030", "E11000001")) {
            assertThat(AreaRowFilter.kind(code, "x", List.of(code, "x", "1")))
                    .as(code)
                    .isEqualTo(AGGREGATE);
        }
    }

    @Test
    void totalsWithoutACodeAreSetAsideByName() {
        for (String name : List.of(
                "England",
                "ENGLAND",
                "London",
                "Rest of England",
                "Total",
                "Inner London",
                "England and Wales",
                "London total",
                "Total [note 2]")) {
            assertThat(AreaRowFilter.kind("", name, List.of("", name, "10")))
                    .as(name)
                    .isEqualTo(AGGREGATE);
        }
    }

    @Test
    void oneTextCellBelowTheTableIsANote() {
        assertThat(AreaRowFilter.kind("Source: H-CLIC", "", List.of("Source: H-CLIC", "", "")))
                .isEqualTo(NOTE);
    }

    @Test
    void rowsWithABadOrMissingCodeArePassedOnForQuarantine() {
        assertThat(AreaRowFilter.kind("E0900001", "Islington", List.of("E0900001", "Islington", "77")))
                .isEqualTo(AREA);
        assertThat(AreaRowFilter.kind("", "Buckinghamshire", List.of("", "Buckinghamshire", "77")))
                .isEqualTo(AREA);
    }
}
