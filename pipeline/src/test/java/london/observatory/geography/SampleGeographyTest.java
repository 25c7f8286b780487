package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-made sample in made-up-london/geography (a test fixture): exact counts, and the files match their generator. */
class SampleGeographyTest {

    private static Path samples;
    private static Geography geography;

    @BeforeAll
    static void load() {
        samples = RepoFiles.madeUpLondon("geography");
        geography = GeographyLoader.load(GeographyFiles.withNomisTs001(
                        samples.resolve(SampleGeographyGenerator.LOOKUP),
                        samples.resolve(SampleGeographyGenerator.EXACT_FIT),
                        samples.resolve(SampleGeographyGenerator.WARDS),
                        samples.resolve(SampleGeographyGenerator.TS001))
                .withOlderWards(List.of(
                        samples.resolve(SampleGeographyGenerator.WARDS_2018),
                        samples.resolve(SampleGeographyGenerator.WARDS_2014))));
    }

    @Test
    void countsEveryLevel() {
        assertThat(geography.counts())
                .containsExactly(
                        Map.entry(AreaLevel.LSOA21, 154),
                        Map.entry(AreaLevel.MSOA21, 66),
                        Map.entry(AreaLevel.WARD, 70),
                        Map.entry(AreaLevel.LAD, 33),
                        Map.entry(AreaLevel.REGION, 1));
        assertThat(geography.area("E12000007"))
                .get()
                .extracting(Area::population)
                .isEqualTo(291_316L);
        assertThat(geography.area("E09000007")).get().extracting(Area::name).isEqualTo("Camden");
        assertThat(geography.area("E05990013"))
                .get()
                .extracting(Area::name, Area::ladCode, Area::population)
                .containsExactly("Camden North", "E09000007", 2_284L + 2_446L + 2_055L);
    }

    @Test
    void olderWardVintagesAreAreasLinkedToLsoas() {
        assertThat(geography.wardVintages()).containsExactly(2022, 2018, 2014);
        assertThat(geography.area("E05990013"))
                .get()
                .extracting(Area::wardVintages)
                .isEqualTo("2022");
        assertThat(geography.area("E05990001"))
                .get()
                .extracting(Area::wardVintages)
                .isEqualTo("2014,2018,2022");
        // Camden was one ward until 2022: both of its 2022 wards' LSOAs, through the LSOA 2011 exact fit
        // (Camden 002E was split into 002A and 002B), fall in it.
        assertThat(geography.area("E05970007"))
                .get()
                .extracting(Area::name, Area::ladCode, Area::wardVintages, Area::population)
                .containsExactly(
                        "Camden Central",
                        "E09000007",
                        "2014,2018",
                        geography.area("E09000007").orElseThrow().population());
        assertThat(geography.area("E05960028"))
                .get()
                .extracting(Area::wardVintages)
                .isEqualTo("2014");
        assertThat(geography.wardBestFit(2018)).hasSize(154).containsEntry("E01990032", "E05970007");
        assertThat(geography.wardBestFit(2014)).containsEntry("E01990130", "E05960028");
        assertThat(geography.wardBestFit(2018)).containsEntry("E01990130", "E05990056");
    }

    @Test
    void countsEveryChangeIndicator() {
        Lsoa11ToLsoa21 mapping = geography.lsoa11ToLsoa21();
        assertThat(mapping.rowCount('U')).isEqualTo(143);
        assertThat(mapping.rowCount('S')).isEqualTo(7);
        assertThat(mapping.rowCount('M')).isEqualTo(4);
        assertThat(mapping.rowCount('X')).isEqualTo(3);
        assertThat(mapping.crosswalk().size()).isEqualTo(152);
        assertThat(mapping.crosswalk().equalShareFallbacks()).isZero();
    }

    @Test
    void splitsAreWeightedByTs001Population() {
        SpineLink camden = geography.lsoa11().link("E01980001");
        assertThat(camden.targets()).containsExactly("E01990032", "E01990033");
        assertThat(camden.weights()).containsExactly(1_939.0 / 3_555, 1_616.0 / 3_555);
        assertThat(geography.lsoa11().link("E01980002").size()).isEqualTo(3);
    }

    @Test
    void mergesAndIrregularPairsHaveSeveralParents() {
        Crosswalk mapping = geography.lsoa11();
        assertThat(mapping.fanIn("E01990151")).isEqualTo(2);
        assertThat(mapping.fanIn("E01990130")).isEqualTo(2);
        assertThat(mapping.fanIn("E01990117")).isEqualTo(2);
        assertThat(mapping.fanIn("E01990116")).isEqualTo(1);
        assertThat(mapping.link("E01980011").method()).isEqualTo(SpineLink.LSOA11_MERGE);
        assertThat(mapping.link("E01980021").weights()).containsExactly(1_277.0 / 3_381, 2_104.0 / 3_381);
    }

    @Test
    void movingCountsOntoLsoa21ConservesThem() {
        Map<String, Long> byLsoa11 = new HashMap<>();
        geography.areas(AreaLevel.LSOA21).forEach(area -> byLsoa11.put(area.code(), 1_000L));
        List.of(
                        "E01980001",
                        "E01980002",
                        "E01980003",
                        "E01980011",
                        "E01980012",
                        "E01980013",
                        "E01980014",
                        "E01980021",
                        "E01980022")
                .forEach(code -> byLsoa11.put(code, 1_001L));
        byLsoa11.keySet().removeIf(code -> geography.lsoa11().link(code) == null);
        assertThat(byLsoa11).hasSize(152);

        Map<String, Long> byLsoa21 = geography.lsoa11().moveCounts(byLsoa11);

        assertThat(byLsoa21).hasSize(154).containsEntry("E01990151", 2_002L);
        assertThat(byLsoa21.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(143 * 1_000L + 9 * 1_001L);
    }

    @Test
    void theSampleIsShippedLikeAnOnsDownload() throws IOException {
        byte[] exactFit = Files.readAllBytes(samples.resolve(SampleGeographyGenerator.EXACT_FIT));
        assertThat(exactFit).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(Files.readString(samples.resolve(SampleGeographyGenerator.LOOKUP)))
                .contains("\r\n");
    }

    @Test
    void committedFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        SampleGeographyGenerator.writeTo(dir);
        for (String name : new String[] {
            SampleGeographyGenerator.LOOKUP,
            SampleGeographyGenerator.EXACT_FIT,
            SampleGeographyGenerator.WARDS,
            SampleGeographyGenerator.TS001,
            SampleGeographyGenerator.WARDS_2018,
            SampleGeographyGenerator.WARDS_2014
        }) {
            assertThat(Files.mismatch(dir.resolve(name), samples.resolve(name)))
                    .as(name)
                    .isEqualTo(-1L);
        }
    }
}
