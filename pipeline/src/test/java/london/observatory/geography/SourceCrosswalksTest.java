package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import london.observatory.RepoFiles;
import london.observatory.normalise.CrosswalkPlacer;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.observation.Observation;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** The crosswalk readers on fixtures in the real NHS and ONS layouts, over the sample spine. */
class SourceCrosswalksTest {

    private static final Geography SAMPLE = RepoFiles.madeUpGeography();
    private static final LocalDate MONTH = LocalDate.of(2025, 10, 1);

    private static Path fixture(String name) throws Exception {
        return Path.of(
                SourceCrosswalksTest.class.getResource("/fixtures/" + name).toURI());
    }

    @Test
    void gpPracticeWeightsFollowPatientsWithLsoa11CodesMovedAndOutsideLondonKeptAside() throws Exception {
        Crosswalk gp = GpPracticeCrosswalk.read(fixture("gp/gp-reg-pat-prac-lsoa-all.csv"), SAMPLE);

        SpineLink sample = gp.link("F84001");
        assertThat(sample.targets()).containsExactly(Crosswalk.OUTSIDE_SPINE, "E01990001", "E01990002");
        assertThat(sample.weights()).containsExactly(0.2, 0.6, 0.2);
        assertThat(sample.flag()).isEqualTo(Observation.FLAG_ESTIMATED);
        SpineLink riverside = gp.link("F84002");
        assertThat(riverside.targets()).containsExactly("E01990002", "E01990032", "E01990033");
        assertThat(riverside.weights()).containsExactly(445.0 / 4_000, 1_939.0 / 4_000, 1_616.0 / 4_000);
        assertThat(gp.link("F84003").offSpine()).isTrue();
    }

    @Test
    void placingPracticeValuesEstimatesLsoaValuesAndReportsWhatLiesOutsideLondon() throws Exception {
        Crosswalk gp = GpPracticeCrosswalk.read(fixture("gp/gp-reg-pat-prac-lsoa-all.csv"), SAMPLE);
        Reconciliation reconciliation = new Reconciliation(gp.sourceGeography());
        FanInAccumulator fanIn = new FanInAccumulator();
        CrosswalkPlacer placer = new CrosswalkPlacer("depression-register", "run", fanIn, reconciliation);
        List<Observation> out = new ArrayList<>();

        placer.place(gp, "F84001", MONTH, "month", 50.0, null, out);
        // 400 × (445, 1939, 1616)/4000 = 44.5, 193.9, 161.6: floors 398, the two units left go to .9 and .6.
        placer.place(gp, "F84002", MONTH, "month", 400.0, null, out);
        placer.place(gp, "F84003", MONTH, "month", 7.0, null, out);
        placer.place(gp, "Y99999", MONTH, "month", 3.0, null, out);
        out.addAll(fanIn.drainIncomplete());

        assertThat(out)
                .extracting(Observation::areaCode, Observation::value, Observation::method, Observation::flag)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("E01990001", 30.0, "gp-weighted", "estimated"),
                        Tuple.tuple("E01990002", 10.0 + 44.0, "gp-weighted", "estimated"),
                        Tuple.tuple("E01990032", 194.0, "gp-weighted", "estimated"),
                        Tuple.tuple("E01990033", 162.0, "gp-weighted", "estimated"));
        assertThat(reconciliation.recordsIn()).isEqualTo(4);
        assertThat(reconciliation.recordsMatched()).isEqualTo(2);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(1);
        assertThat(reconciliation.valueIn()).isEqualTo(460.0);
        assertThat(reconciliation.valueOutside()).isEqualTo(10.0);
        assertThat(reconciliation.valueOut()).isEqualTo(440.0);
        assertThat(reconciliation.valueUnmatched()).isEqualTo(10.0);
    }

    @Test
    void outputAreasNestInTheirLsoaAndOasOffTheSpineAreLeftOut() throws Exception {
        Crosswalk oa = OutputAreaCrosswalk.read(fixture("oa/oa21_lsoa21_msoa21_lad22.csv"), SAMPLE);
        Reconciliation reconciliation = new Reconciliation(oa.sourceGeography());
        FanInAccumulator fanIn = new FanInAccumulator();
        CrosswalkPlacer placer = new CrosswalkPlacer("religion", "run", fanIn, reconciliation);
        List<Observation> out = new ArrayList<>();

        for (String code : List.of("E00990001", "E00990002", "E00990003", "E00170001")) {
            placer.place(oa, code, MONTH, "census", 7.0, null, out);
        }

        assertThat(oa.size()).isEqualTo(3);
        assertThat(oa.fanIn("E01990001")).isEqualTo(2);
        assertThat(out)
                .extracting(Observation::areaCode, Observation::value, Observation::method, Observation::flag)
                .containsExactlyInAnyOrder(
                        Tuple.tuple("E01990001", 14.0, "oa21-sum", null),
                        Tuple.tuple("E01990002", 7.0, "oa21-sum", null));
        assertThat(fanIn.drainIncomplete()).isEmpty();
        assertThat(reconciliation.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(1);
        assertThat(reconciliation.lines())
                .filteredOn(line -> line.status().equals("unmatched"))
                .singleElement()
                .extracting(Reconciliation.Line::topCodes)
                .isEqualTo(List.of("E00170001 (1)"));
    }

    @Test
    void boroughValuesApportionedDownKeepTheirTotalAndSayHow() {
        Crosswalk down = ApportionDown.from(AreaLevel.LAD, SAMPLE);
        Reconciliation reconciliation = new Reconciliation(down.sourceGeography());
        CrosswalkPlacer placer = new CrosswalkPlacer("households", "run", new FanInAccumulator(), reconciliation);
        List<Observation> out = new ArrayList<>();

        placer.place(down, "E09000007", MONTH, "year", 10_001.0, null, out);

        long camdenLsoas = SAMPLE.areas(AreaLevel.LSOA21).stream()
                .filter(a -> a.ladCode().equals("E09000007"))
                .count();
        assertThat(out).hasSize((int) camdenLsoas);
        assertThat(out.stream().mapToDouble(Observation::value).sum()).isEqualTo(10_001.0);
        assertThat(out).extracting(Observation::method).containsOnly("apportioned");
        assertThat(out).extracting(Observation::flag).containsOnly("apportioned");
        assertThat(out).extracting(Observation::sourceGeography).containsOnly("lad");
    }
}
