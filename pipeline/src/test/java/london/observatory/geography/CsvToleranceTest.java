package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers take files as ONS and Nomis ship them: BOM, quoted fields, CRLF, reordered and renamed columns. */
class CsvToleranceTest {

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void bomQuotedFieldsAndCrlfAreTolerated() throws IOException {
        Path file = write(
                "ts001.csv",
                "\uFEFF\"date\",\"geography\",\"geography code\","
                        + "\"Residence type: Total; measures: Value\"\r\n"
                        + "\"2021\",\"Camden 001A, north\",\"E01000907\",\"1620\"\r\n"
                        + "2021,Camden 001B,E01000908,1427\r\n");

        Map<String, Long> population =
                PopulationReader.read(file, GeographyFiles.NOMIS_CODE_COLUMN, GeographyFiles.NOMIS_TS001_TOTAL_COLUMN);

        assertThat(population).containsExactlyInAnyOrderEntriesOf(Map.of("E01000907", 1620L, "E01000908", 1427L));
    }

    @Test
    void aBomOnTheFirstColumnDoesNotHideIt() throws IOException {
        Path file = write(
                "lookup.csv",
                "\uFEFFLSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LAD23CD,LAD23NM\r\n"
                        + "E01000001,City of London 001A,E02000001,City of London 001,E09000001,City of London\r\n");

        assertThat(Lsoa21LookupReader.read(file)).containsKey("E01000001");
    }

    @Test
    void missingColumnNamesTheFileTheColumnAndTheHeaderFound() throws IOException {
        Path file = write("exactfit.csv", "LSOA11CD,LSOA11NM,LSOA21CD,LSOA21NM\nE01000001,a,E01000001,a\n");

        assertThatThrownBy(() -> ExactFitReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactfit.csv")
                .hasMessageContaining("missing required column CHGIND")
                .hasMessageContaining("[LSOA11CD, LSOA11NM, LSOA21CD, LSOA21NM]");
    }

    @Test
    void columnsAreFoundByNameWhateverTheirOrderCaseOrVintage() throws IOException {
        Path wards =
                write("wards.csv", "WD24NM,LSOA21NM,WD24CD,lsoa21cd\nBloomsbury,Camden 001A,E05013652,E01000907\n");
        Path exactFit = write("v1.csv", "ObjectId,F_LSOA11CD,CHGIND,LSOA21CD\n1,E01000001,U,E01000001\n");

        WardBestFitReader.WardLookup lookup = WardBestFitReader.lookup(wards);
        assertThat(lookup.wards()).containsEntry("E01000907", new WardBestFitReader.Ward("E05013652", "Bloomsbury"));
        assertThat(lookup.vintage()).isEqualTo(2024);
        assertThat(lookup.byLsoa11()).isFalse();
        assertThat(ExactFitReader.read(exactFit))
                .singleElement()
                .extracting(ExactFitReader.ExactFitRow::lsoa11)
                .isEqualTo("E01000001");
    }

    @Test
    void twoColumnsMatchingOneVintagedNameAreAmbiguous() throws IOException {
        Path file = write("lookup.csv", "LSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LAD22CD,LAD22NM,LAD24CD\n");

        assertThatThrownBy(() -> Lsoa21LookupReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("more than one column matches LADnnCD");
    }

    @Test
    void populationRepeatedWithTheSameValueIsTakenOnceAndAConflictIsAnError() throws IOException {
        Path same = write("same.csv", "LSOA21CD,TotalRes21\nE01000001,1475\nE01000001,1475\n");
        Path conflict = write("conflict.csv", "LSOA21CD,TotalRes21\nE01000001,1475\nE01000001,1476\n");

        assertThat(PopulationReader.read(same, "LSOA21CD", "TotalRes21"))
                .containsExactly(Map.entry("E01000001", 1475L));
        assertThatThrownBy(() -> PopulationReader.read(conflict, "LSOA21CD", "TotalRes21"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("conflict.csv line 3")
                .hasMessageContaining("E01000001")
                .hasMessageContaining("1476")
                .hasMessageContaining("1475");
    }

    /** The exact fit's TotalRes21: a merged LSOA 2021 is on one row per parent, each with its whole count. */
    @Test
    void populationFromExactFitMergeRowsIsTheLsoaCountOnce() throws IOException {
        Path exactFit = write(
                "exactfit.csv",
                "LSOA11CD,LSOA21CD,CHGIND,TotalRes11,TotalRes21\n"
                        + "E01000001,E01000001,U,1465,1475\n"
                        + "E01032740,E01035716,M,1200,2500\n"
                        + "E01032741,E01035716,M,1300,2500\n");

        assertThat(PopulationReader.read(exactFit, "LSOA21CD", "TotalRes21"))
                .containsExactlyInAnyOrderEntriesOf(Map.of("E01000001", 1475L, "E01035716", 2500L));
    }

    /** GLA writes its best fit in lower case: {@code lsoa21cd,ward22cd,ward22nm}. */
    @Test
    void theGlaLowerCaseBestFitHeaderIsRead() throws IOException {
        Path wards = write(
                "gla.csv",
                "lsoa21cd,ward22cd,ward22nm\nE01000001,E05009288,Aldersgate\nE01000005,E05009300,Portsoken\n");

        WardBestFitReader.WardLookup lookup = WardBestFitReader.lookup(wards);

        assertThat(lookup.vintage()).isEqualTo(2022);
        assertThat(lookup.byLsoa11()).isFalse();
        assertThat(lookup.wards())
                .containsEntry("E01000001", new WardBestFitReader.Ward("E05009288", "Aldersgate"))
                .hasSize(2);
    }

    @Test
    void anUnknownChangeIndicatorIsRejectedWithItsLine() throws IOException {
        Path file = write("exactfit.csv", "LSOA11CD,LSOA21CD,CHGIND\nE01000001,E01000001,U\nE01000002,E01000002,Q\n");

        assertThatThrownBy(() -> ExactFitReader.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3")
                .hasMessageContaining("'Q'");
    }
}
