package london.observatory.geography.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import london.observatory.geography.Reconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Directories that give LSOA 2011 only (the council extract and the ONS postcode → OA 2011 lookup), moved
 * through the sample geography's exact fit: 17 rows, 8 placed (3 of them terminated), 4 in split LSOAs,
 * 3 pseudo, 2 outside London. {@link PostcodeFixtures#LSOA11_LAYOUTS} lists every row.
 */
class Lsoa2011DirectoryTest {

    @ParameterizedTest
    @ValueSource(strings = {PostcodeFixtures.COUNCIL_OA11, PostcodeFixtures.POSTCODE_TO_OA11})
    void everyRowIsKeptAsSpineSplitPseudoOrOutsideLondon(String fixture) {
        PostcodeDirectory directory = PostcodeFixtures.loadWithGeography(fixture);
        assertThat(directory.counts()).isEqualTo(new PostcodeDirectory.Counts(17, 8, 3, 3, 2, 4, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {PostcodeFixtures.COUNCIL_OA11, PostcodeFixtures.POSTCODE_TO_OA11})
    void unchangedMergedAndWhollyContainedLsoasArePlaced(String fixture) {
        PostcodeDirectory directory = PostcodeFixtures.loadWithGeography(fixture);
        assertThat(find(directory, "EC1A 1BB")).isEqualTo(Placement.onSpine("E01990001", false));
        assertThat(find(directory, "BR1 4BY")).isEqualTo(Placement.onSpine("E01990025", true));
        assertThat(find(directory, "W1A 1AA")).isEqualTo(Placement.onSpine("E01990151", false));
        assertThat(find(directory, "W1A 1AB")).isEqualTo(Placement.onSpine("E01990151", true));
        assertThat(find(directory, "SE1 5ZW")).isEqualTo(Placement.onSpine("E01990130", false));
        // Irregular (X), but this LSOA 2011 lies wholly in one LSOA 2021: nothing to choose between.
        assertThat(find(directory, "E13 9XA")).isEqualTo(Placement.onSpine("E01990117", false));
        // The council extract leaves PostcodeNatural blank here: Postcode7 is read instead.
        assertThat(find(directory, "NW1 0ZA")).isSameAs(Placement.AMBIGUOUS_SPLIT);
    }

    @ParameterizedTest
    @ValueSource(strings = {PostcodeFixtures.COUNCIL_OA11, PostcodeFixtures.POSTCODE_TO_OA11})
    void splitAndIrregularLsoasOverSeveralTargetsAreAmbiguous(String fixture) {
        PostcodeDirectory directory = PostcodeFixtures.loadWithGeography(fixture);
        for (String postcode : List.of("NW1 0ZA", "NW1 0ZB", "N1 9GU", "E13 9XB")) {
            assertThat(find(directory, postcode)).as(postcode).isSameAs(Placement.AMBIGUOUS_SPLIT);
        }
        assertThat(find(directory, "GY1 1AA")).isSameAs(Placement.PSEUDO);
        assertThat(find(directory, "M1 1AE")).isSameAs(Placement.OUTSIDE_LONDON);
    }

    @Test
    void anOa2011LookupSettlesASplitOnlyWhenItNamesOneOfItsParts() {
        Map<String, String> oa11ToLsoa21 = Map.of(
                "E00990009", "E01990032", // NW1 0ZA: a part of its split LSOA 2011
                "E00990011", "E01990048"); // N1 9GU: not a part of E01980002, so still ambiguous
        PostcodeDirectory directory = PostcodeDirectory.load(
                PostcodeFixtures.file(PostcodeFixtures.COUNCIL_OA11), PostcodeFixtures.geography(), oa11ToLsoa21);
        assertThat(find(directory, "NW1 0ZA")).isEqualTo(Placement.onSpine("E01990032", false));
        assertThat(find(directory, "N1 9GU")).isSameAs(Placement.AMBIGUOUS_SPLIT);
        assertThat(directory.counts()).isEqualTo(new PostcodeDirectory.Counts(17, 9, 3, 3, 2, 3, 0, 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {PostcodeFixtures.COUNCIL_OA11, PostcodeFixtures.POSTCODE_TO_OA11})
    void everyRecordIsAccountedForByReason(String fixture) {
        PostcodeResolver resolver = new PostcodeResolver(PostcodeFixtures.loadWithGeography(fixture));
        Reconciliation r = new Reconciliation("postcode");
        List<String> records = new ArrayList<>(Arrays.asList(
                "ec1a1bb",
                "BR1  4BY",
                "se10 8aa",
                "SW1A1AA",
                "W1A 1AA",
                "w1a 1ab",
                "SE1 5ZW",
                "E13 9XA", // placed
                "NW1 0ZA",
                "nw10zb",
                "N1 9GU",
                "E13 9XB", // ambiguous-split
                "E20 9ZZ",
                "SE1 0AA",
                "gy1 1aa", // pseudo
                "M1 1AE",
                "CF10 1EP", // outside London
                "ZZ1 1ZZ",
                "NW1 0ZC", // unknown
                "not a postcode")); // invalid
        List<String> placed = new ArrayList<>();
        records.forEach(raw -> placed.add(resolver.resolve(raw, 1.0, r)));

        assertThat(r.recordsIn()).isEqualTo(20);
        assertThat(r.recordsMatched()).isEqualTo(8);
        assertThat(r.noted(PostcodeResolver.TERMINATED_POSTCODE)).isEqualTo(3);
        assertThat(r.unmatched(Reconciliation.AMBIGUOUS_SPLIT)).isEqualTo(4);
        assertThat(r.unmatched(Reconciliation.PSEUDO_CODE)).isEqualTo(3);
        assertThat(r.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(2);
        assertThat(r.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(2);
        assertThat(r.unmatched(Reconciliation.INVALID)).isEqualTo(1);
        assertThat(placed.subList(0, 8))
                .containsExactly(
                        "E01990001",
                        "E01990025",
                        "E01990048",
                        "E01990152",
                        "E01990151",
                        "E01990151",
                        "E01990130",
                        "E01990117");
        assertThat(placed.subList(8, 20)).containsOnlyNulls();
    }

    @Test
    void theReportNamesAmbiguousPostcodesInDisplayForm() {
        PostcodeResolver resolver =
                new PostcodeResolver(PostcodeFixtures.loadWithGeography(PostcodeFixtures.COUNCIL_OA11));
        Reconciliation r = new Reconciliation("postcode");
        List.of("nw10za", "NW1 0ZA", "E13 9XB").forEach(raw -> resolver.resolve(raw, 2.0, r));
        assertThat(r.lines())
                .contains(new Reconciliation.Line(
                        "unmatched", "ambiguous-split", 3, 6.0, List.of("NW1 0ZA (2)", "E13 9XB (1)")));
    }

    private static Placement find(PostcodeDirectory directory, String postcode) {
        return directory.find(Postcode.parse(postcode));
    }
}
