package london.observatory.connectors.fingertips;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.RepoFiles;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.source.CsvFiles;
import london.observatory.source.SourceRow;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The GP registrations sample (data-samples/gp) matches its generator, sits on real London's LSOA 2021 codes,
 * and names the same practices as the Fingertips sample, each under the real ICB of its borough.
 */
class GpRegistrationSamplesTest {

    /** The five London ICBs (ONS codes, July 2022) and the boroughs the sample practices are in. */
    private static final Map<String, String> ICB_OF_BOROUGH = Map.of(
            "E09000007", "E54000028 NHS North Central London Integrated Care Board",
            "E09000019", "E54000028 NHS North Central London Integrated Care Board",
            "E09000012", "E54000029 NHS North East London Integrated Care Board",
            "E09000030", "E54000029 NHS North East London Integrated Care Board",
            "E09000025", "E54000029 NHS North East London Integrated Care Board",
            "E09000028", "E54000030 NHS South East London Integrated Care Board");

    @Test
    void committedFileMatchesItsGenerator(@TempDir Path dir) throws IOException {
        Path regenerated = dir.resolve("gp.csv");
        GpRegistrationSamples.write(RepoFiles.dataSamples(GpRegistrationSamples.LOOKUP), regenerated);
        assertThat(Files.mismatch(regenerated, GpRegistrationSamples.committed()))
                .isEqualTo(-1L);
    }

    @Test
    void everyRowIsARealLsoaOfThePracticesBoroughOrOneOfTheTwoOutsideLondon() throws IOException {
        Geography london = RealLondonData.realLondon();
        Map<String, String> boroughOf = new TreeMap<>();
        GpRegistrationSamples.PRACTICES.forEach(p -> boroughOf.put(p.code(), p.borough()));
        List<CSVRecord> rows;
        try (CSVParser parser = CsvFiles.open(GpRegistrationSamples.committed())) {
            rows = parser.getRecords();
        }
        assertThat(rows).hasSize(61);
        assertThat(rows)
                .filteredOn(r -> !london.isLsoa21(r.get("LSOA_CODE")))
                .allSatisfy(r -> assertThat(r.get("LSOA_CODE"))
                        .isIn(GpRegistrationSamples.OUTSIDE_LONDON, GpRegistrationSamples.WALES));
        assertThat(rows)
                .filteredOn(r -> london.isLsoa21(r.get("LSOA_CODE")))
                .hasSize(56)
                .allSatisfy(r -> assertThat(
                                london.area(r.get("LSOA_CODE")).orElseThrow().ladCode())
                        .isEqualTo(boroughOf.get(r.get("PRACTICE_CODE"))));
    }

    @Test
    void theFingertipsSampleNamesTheSamePracticesUnderTheIcbsOfTheirBoroughs() throws Exception {
        Map<String, String> fingertips = new TreeMap<>();
        try (FingertipsCsv csv =
                FingertipsCsv.open("sample", RepoFiles.dataSamples("fingertips/848-gp-practice.csv"))) {
            int type = csv.position(FingertipsColumn.AREA_TYPE);
            int code = csv.position(FingertipsColumn.AREA_CODE);
            int name = csv.position(FingertipsColumn.AREA_NAME);
            int parentCode = csv.position(FingertipsColumn.PARENT_CODE);
            int parentName = csv.position(FingertipsColumn.PARENT_NAME);
            for (SourceRow row = csv.next(); row != null; row = csv.next()) {
                if (row.cell(type).equals("GPs")) {
                    fingertips.put(
                            row.cell(code), row.cell(name) + " | " + row.cell(parentCode) + " " + row.cell(parentName));
                } else if (row.cell(type).equals("ICB")) {
                    assertThat(ICB_OF_BOROUGH.values()).contains(row.cell(code) + " " + row.cell(name));
                }
            }
        }
        Map<String, String> expected = new TreeMap<>();
        GpRegistrationSamples.PRACTICES.forEach(
                p -> expected.put(p.code(), p.name() + " | " + ICB_OF_BOROUGH.get(p.borough())));
        assertThat(fingertips).isEqualTo(expected);
    }
}
