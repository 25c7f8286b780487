package london.observatory.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import org.junit.jupiter.api.Test;

class Lsoa11ToLsoa21Test {

    private final List<ExactFitRow> rows = new ArrayList<>();

    private void row(String lsoa11, String lsoa21, char chgind) {
        rows.add(new ExactFitRow(lsoa11, lsoa21, chgind, null, "test row " + (rows.size() + 2)));
    }

    @Test
    void unchangedMovesDirectly() {
        row("A11", "A21", 'U');
        SpineLink link = Lsoa11ToLsoa21.build(rows, Map.of()).crosswalk().link("A11");

        assertThat(link.targets()).containsExactly("A21");
        assertThat(link.weights()).containsExactly(1.0);
        assertThat(link.method()).isEqualTo("direct");
        assertThat(link.apportioned()).isFalse();
    }

    @Test
    void splitWeightsFollowTheTargetsPopulation() {
        row("S11", "S21a", 'S');
        row("S11", "S21b", 'S');
        Crosswalk mapping =
                Lsoa11ToLsoa21.build(rows, Map.of("S21a", 1_500L, "S21b", 500L)).crosswalk();
        SpineLink link = mapping.link("S11");

        assertThat(link.targets()).containsExactly("S21a", "S21b");
        assertThat(link.weights()).containsExactly(0.75, 0.25);
        assertThat(link.method()).isEqualTo("lsoa11-split");
        assertThat(link.apportioned()).isTrue();
        assertThat(mapping.equalShareFallbacks()).isZero();
        assertThat(mapping.moveCounts(Map.of("S11", 101L)))
                .containsExactly(Map.entry("S21a", 76L), Map.entry("S21b", 25L));
    }

    @Test
    void splitOverTargetsAllWithNoPeopleSharesEquallyAndCountsAWarning() {
        row("S11", "S21a", 'S');
        row("S11", "S21b", 'S');
        Crosswalk mapping =
                Lsoa11ToLsoa21.build(rows, Map.of("S21a", 0L, "S21b", 0L)).crosswalk();

        assertThat(mapping.link("S11").weights()).containsExactly(0.5, 0.5);
        assertThat(mapping.link("S11").equalShares()).isTrue();
        assertThat(mapping.equalShareFallbacks()).isEqualTo(1);
    }

    @Test
    void splitOverATargetWithNoPopulationIsAnErrorNotAnEqualShare() {
        row("S11", "S21a", 'S');
        row("S11", "S21b", 'S');

        assertThatThrownBy(() -> Lsoa11ToLsoa21.build(rows, Map.of("S21a", 0L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageEndingWith("LSOA11 S11 is shared over LSOA21 S21b, which has no population");
    }

    @Test
    void mergedParentsMoveWholeAndTheirTargetSumsThem() {
        row("M11a", "M21", 'M');
        row("M11b", "M21", 'M');
        row("U11", "U21", 'U');
        Crosswalk mapping = Lsoa11ToLsoa21.build(rows, Map.of()).crosswalk();

        assertThat(mapping.fanIn("M21")).isEqualTo(2);
        assertThat(mapping.fanIn("U21")).isEqualTo(1);
        assertThat(mapping.fanIn("nowhere")).isZero();
        assertThat(mapping.link("M11a").method()).isEqualTo("lsoa11-merge");
        assertThat(mapping.link("M11a").weights()).containsExactly(1.0);
        assertThat(mapping.moveCounts(Map.of("M11a", 10L, "M11b", 32L, "U11", 7L)))
                .containsExactly(Map.entry("M21", 42L), Map.entry("U21", 7L));
    }

    @Test
    void irregularPairsAreApportionedLikeSplits() {
        row("X11a", "X21a", 'X');
        row("X11a", "X21b", 'X');
        row("X11b", "X21b", 'X');
        Lsoa11ToLsoa21 lookup = Lsoa11ToLsoa21.build(rows, Map.of("X21a", 1_000L, "X21b", 3_000L));
        Crosswalk mapping = lookup.crosswalk();

        assertThat(mapping.link("X11a").weights()).containsExactly(0.25, 0.75);
        assertThat(mapping.link("X11a").apportioned()).isTrue();
        assertThat(mapping.link("X11b").method()).isEqualTo("lsoa11-split");
        assertThat(mapping.fanIn("X21b")).isEqualTo(2);
        assertThat(lookup.rowCount('X')).isEqualTo(3);
    }

    @Test
    void lookupsReturnThePrecomputedLinkAndNullForAnUnknownCode() {
        row("A11", "A21", 'U');
        Crosswalk mapping = Lsoa11ToLsoa21.build(rows, Map.of()).crosswalk();

        assertThat(mapping.link("A11")).isSameAs(mapping.link("A11"));
        assertThat(mapping.link("E01999999")).isNull();
        assertThatThrownBy(() -> mapping.moveCounts(Map.of("E01999999", 1L)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown lsoa11 code E01999999");
    }

    @Test
    void inconsistentLookupsAreRejected() {
        row("U11", "U21a", 'U');
        row("U11", "U21b", 'U');
        assertThatThrownBy(() -> Lsoa11ToLsoa21.build(rows, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 LSOA21 targets");

        rows.clear();
        row("S11", "S21a", 'S');
        row("S11", "S21b", 'M');
        assertThatThrownBy(() -> Lsoa11ToLsoa21.build(rows, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has CHGIND M here but S");

        rows.clear();
        row("S11", "S21a", 'S');
        row("S11", "S21a", 'S');
        assertThatThrownBy(() -> Lsoa11ToLsoa21.build(rows, Map.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("appears twice");
    }
}
