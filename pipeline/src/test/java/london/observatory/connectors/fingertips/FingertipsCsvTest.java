package london.observatory.connectors.fingertips;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import london.observatory.source.SchemaMismatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Header checks on the 26 or 27 columns of a Fingertips {@code all_data/csv} export, before any row is read. */
class FingertipsCsvTest {

    private static final String HEADER =
            "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,"
                    + "Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,"
                    + "Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,"
                    + "Compared to Region value or percentiles,Time period Sortable,New data,Compared to goal,Time period range";

    @TempDir
    Path dir;

    @Test
    void currentExportWithRegionComparisonPasses() throws Exception {
        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-848", fixture("848-gp-practice.csv"))) {
            assertThat(csv.header()).hasSize(27);
            assertThat(csv.position(FingertipsColumn.COMPARED_TO_ENGLAND)).isEqualTo(21);
            assertThat(csv.position(FingertipsColumn.COMPARED_TO_PARENT)).isEqualTo(22);
            assertThat(csv.headerOf(FingertipsColumn.COMPARED_TO_PARENT))
                    .isEqualTo("Compared to Region value or percentiles");
            assertThat(csv.position(FingertipsColumn.TIME_PERIOD_RANGE)).isEqualTo(26);
        }
    }

    @Test
    void comparisonColumnNamedAfterStatisticalRegionsPasses() throws Exception {
        try (FingertipsCsv csv =
                FingertipsCsv.open("fingertips-848", fixture("848-gp-practice-regions-statistical.csv"))) {
            assertThat(csv.headerOf(FingertipsColumn.COMPARED_TO_PARENT))
                    .isEqualTo("Compared to Regions (statistical) value or percentiles");
            assertThat(csv.next().cell(csv.position(FingertipsColumn.AREA_CODE)))
                    .isEqualTo("E92000001");
        }
    }

    @Test
    void olderExportWithoutTimePeriodRangePasses() throws Exception {
        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-848", fixture("848-gp-practice-older-export.csv"))) {
            assertThat(csv.header()).hasSize(26);
            assertThat(csv.has(FingertipsColumn.TIME_PERIOD_RANGE)).isFalse();
            assertThat(csv.position(FingertipsColumn.TIME_PERIOD_RANGE)).isEqualTo(-1);
            assertThat(csv.position(FingertipsColumn.COMPARED_TO_GOAL)).isEqualTo(25);
        }
    }

    @Test
    void renamedColumnFailsNamingFileAndColumn() {
        assertThatThrownBy(() -> FingertipsCsv.open("fingertips-848", fixture("848-gp-practice-renamed-column.csv")))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageStartingWith(
                        "fingertips-848: 848-gp-practice-renamed-column.csv has no column Lower CI 95.0 limit (header: ")
                .hasMessageContaining(",Lower CI 95 limit,");
    }

    @Test
    void missingParentComparisonColumnFailsSayingWhichKind() throws Exception {
        Path file = write("no-parent-comparison.csv", HEADER.replace("Compared to Region value or percentiles,", ""));

        assertThatThrownBy(() -> FingertipsCsv.open("fingertips-848", file))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageStartingWith(
                        "fingertips-848: no-parent-comparison.csv has no column Compared to <parent> value or percentiles");
    }

    @Test
    void columnsAreFoundByNameInAnyOrderAndCase() throws Exception {
        Path file = write(
                "reordered.csv",
                "time period range,value," + HEADER.replace("Value,", "").replace(",Time period range", ""));

        try (FingertipsCsv csv = FingertipsCsv.open("fingertips-848", file)) {
            assertThat(csv.position(FingertipsColumn.TIME_PERIOD_RANGE)).isZero();
            assertThat(csv.position(FingertipsColumn.VALUE)).isEqualTo(1);
            assertThat(csv.position(FingertipsColumn.INDICATOR_ID)).isEqualTo(2);
        }
    }

    @Test
    void repeatedColumnNameIsASchemaMismatch() throws Exception {
        Path file = write("repeated.csv", HEADER + ",Value");

        assertThatThrownBy(() -> FingertipsCsv.open("fingertips-848", file))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageStartingWith("fingertips-848: repeated.csv has column Value twice (header: ");
    }

    private Path write(String name, String header) throws Exception {
        return Files.writeString(dir.resolve(name), header + "\n");
    }

    static Path fixture(String name) throws Exception {
        return Path.of(FingertipsCsvTest.class
                .getResource("/fixtures/fingertips/" + name)
                .toURI());
    }
}
