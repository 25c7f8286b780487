package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader's rules across files: the LSOA21 lookup sets the scope, and gaps are reported, not papered over. */
class GeographyLoaderTest {

    @TempDir
    Path dir;

    private Path lookup;
    private Path wards;
    private Path population;

    @BeforeEach
    void twoCamdenLsoas() throws IOException {
        lookup = write(
                "lookup.csv",
                "LSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LAD22CD,LAD22NM",
                "E01990001,Camden 001A,E02990001,Camden 001,E09000007,Camden",
                "E01990002,Camden 001B,E02990001,Camden 001,E09000007,Camden");
        wards = write(
                "wards.csv",
                "LSOA21CD,WD24CD,WD24NM",
                "E01990001,E05990001,Camden North",
                "E01990002,E05990001,Camden North",
                "W01000001,W05000001,Somewhere in Wales");
        population = write("pop.csv", "LSOA21CD,Total", "E01990001,1500", "E01990002,1700", "W01000001,1600");
    }

    private Path write(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\r\n", lines) + "\r\n");
    }

    private Geography load(Path exactFit) {
        return GeographyLoader.load(new GeographyFiles(lookup, exactFit, wards, population, "LSOA21CD", "Total"));
    }

    @Test
    void rowsAboutLsoasOutsideTheLookupAreIgnored() throws IOException {
        Path exactFit = write(
                "ef.csv",
                "LSOA11CD,LSOA21CD,CHGIND",
                "E01990001,E01990001,U",
                "E01990002,E01990002,U",
                "W01000001,W01000001,U");

        Geography geography = load(exactFit);

        assertThat(geography.count(AreaLevel.LSOA21)).isEqualTo(2);
        assertThat(geography.lsoa11().link("W01000001")).isNull();
        assertThat(geography.area("E05990001"))
                .get()
                .extracting(Area::population)
                .isEqualTo(3_200L);
    }

    @Test
    void anLsoa11SplitAcrossTheScopeEdgeIsAnError() throws IOException {
        Path exactFit = write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND", "E01980001,E01990001,S", "E01980001,W01000001,S");

        assertThatThrownBy(() -> load(exactFit))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E01980001 maps to W01000001, outside the LSOA21 lookup");
    }

    @Test
    void anLsoaWithoutAWardIsAnError() throws IOException {
        wards = write("wards.csv", "LSOA21CD,WD24CD,WD24NM", "E01990001,E05990001,Camden North");

        assertThatThrownBy(() -> load(write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("wards.csv: 1 LSOA21 of the spine have no 2024 ward, e.g. [E01990002]");
    }

    @Test
    void aMissingLsoaPopulationMakesItsParentsUnknownRatherThanSmaller() throws IOException {
        population = write("pop.csv", "LSOA21CD,Total", "E01990001,1500");

        Geography geography = load(write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND"));

        assertThat(geography.area("E01990001"))
                .get()
                .extracting(Area::population)
                .isEqualTo(1_500L);
        assertThat(geography.area("E01990002"))
                .get()
                .extracting(Area::population)
                .isNull();
        assertThat(geography.area("E02990001"))
                .get()
                .extracting(Area::population)
                .isNull();
        assertThat(geography.area("E12000007"))
                .get()
                .extracting(Area::population)
                .isNull();
    }

    @Test
    void aPopulationFileMissingLsoasASplitIsSharedOverStopsTheRunNamingTheFileAndHowMany() throws IOException {
        population = write("pop.csv", "LSOA21CD,Total", "E01990001,1500");
        Path exactFit = write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND", "E01980001,E01990001,S", "E01980001,E01990002,S");

        assertThatThrownBy(() -> load(exactFit))
                .isInstanceOf(GeographyConfigurationException.class)
                .hasMessage("observatory.geography.population: " + population + " has no population for 1 of the 2 "
                        + "LSOA 2021 that split LSOA 2011s are shared over (e.g. E01990002); split LSOA 2011 shares "
                        + "need it")
                .extracting(e -> ((GeographyConfigurationException) e).property())
                .isEqualTo("observatory.geography.population");
    }

    @Test
    void theMessageCountsWithThousandsSeparatorsAndGivesThreeExamples() {
        List<ExactFitRow> rows = new ArrayList<>();
        for (int i = 0; i < 1_200; i++) {
            rows.add(
                    new ExactFitRow("E0198" + i, "E019%05d".formatted(i), i % 2 == 0 ? 'S' : 'X', null, "ef.csv:" + i));
        }
        rows.add(new ExactFitRow("E01970001", "E01970001", 'U', null, "ef.csv:9999"));

        assertThatThrownBy(() -> PopulationCoverage.check(Path.of("pop.csv"), rows, Map.of("E01900000", 10L)))
                .hasMessage("observatory.geography.population: pop.csv has no population for 1,199 of the 1,200 "
                        + "LSOA 2021 that split LSOA 2011s are shared over (e.g. E01900001, E01900002, E01900003, …); "
                        + "split LSOA 2011 shares need it");
    }

    @Test
    void anLsoaOnlyUnchangedOrMergedNeedsNoPopulation() throws IOException {
        population = write("pop.csv", "LSOA21CD,Total", "E01990001,1500");
        Path exactFit = write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND", "E01980001,E01990002,M", "E01980002,E01990002,M");

        assertThat(load(exactFit).area("E01990002"))
                .get()
                .extracting(Area::population)
                .isNull();
    }

    @Test
    void aWardCodeThatIsAlsoABoroughCodeIsRejected() throws IOException {
        // A GLA variant of the best fit maps City LSOAs to E09000001; that must not pass as a ward.
        wards = write(
                "wards.csv", "lsoa21cd,ward22cd,ward22nm", "E01990001,E09000007,Camden", "E01990002,E09000007,Camden");

        assertThatThrownBy(() -> load(write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("E09000007");
    }

    @Test
    void anOlderVintageKeyedByLsoa11ReachesLsoa21ThroughTheExactFitAndAMergeTakesTheMajorityWard() throws IOException {
        Path exactFit = write(
                "ef.csv",
                "LSOA11CD,LSOA21CD,CHGIND",
                "E01980001,E01990001,M",
                "E01980002,E01990001,M",
                "E01980003,E01990001,M",
                "E01980004,E01990002,M",
                "E01980005,E01990002,M");
        Path older = write(
                "w18.csv",
                "LSOA11CD,WD18CD,WD18NM",
                "E01980001,E05970002,Camden Old Two",
                "E01980002,E05970001,Camden Old One",
                "E01980003,E05970002,Camden Old Two",
                "E01980004,E05970003,Camden Old Three",
                "E01980005,E05970001,Camden Old One");

        Geography geography =
                GeographyLoader.load(new GeographyFiles(lookup, exactFit, wards, population, "LSOA21CD", "Total")
                        .withOlderWards(List.of(older)));

        assertThat(geography.wardBestFit(2018))
                .containsExactlyInAnyOrderEntriesOf(Map.of("E01990001", "E05970002", "E01990002", "E05970001"));
        assertThat(geography.area("E05970002"))
                .get()
                .extracting(Area::population, Area::wardVintages)
                .containsExactly(1_500L, "2018");
        assertThat(geography.area("E05970003")).isEmpty(); // lost the vote everywhere: best fit of nothing
    }

    @Test
    void anOlderVintageMustBeOlderAndGivenOnce() throws IOException {
        Path exactFit = write("ef.csv", "LSOA11CD,LSOA21CD,CHGIND", "E01990001,E01990001,U", "E01990002,E01990002,U");
        Path newer = write("w25.csv", "LSOA21CD,WD25CD,WD25NM", "E01990001,E05990001,A", "E01990002,E05990001,A");
        Path older = write("w18.csv", "LSOA21CD,WD18CD,WD18NM", "E01990001,E05970001,B", "E01990002,E05970001,B");
        GeographyFiles files = new GeographyFiles(lookup, exactFit, wards, population, "LSOA21CD", "Total");

        assertThatThrownBy(() -> GeographyLoader.load(files.withOlderWards(List.of(newer))))
                .hasMessageContaining("ward vintage 2025 is not older than the current ward lookup's 2024");
        assertThatThrownBy(() -> GeographyLoader.load(files.withOlderWards(List.of(older, older))))
                .hasMessageContaining("a second lookup for ward vintage 2018");
    }
}
