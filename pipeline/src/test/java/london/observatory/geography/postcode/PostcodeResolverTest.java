package london.observatory.geography.postcode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import london.observatory.geography.Reconciliation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Twenty-four records keyed by postcode, written every way borough files write them, resolved against
 * each LSOA 2021 layout of the directory: 9 placed, 2 placed from terminated postcodes, 3 pseudo, 3 outside
 * London, 3 unknown, 4 invalid. Values are 1…23 (one null) so the value columns reconcile exactly.
 */
class PostcodeResolverTest {

    private record Case(String raw, Double value, String lsoa21) {}

    private static final List<Case> CASES = List.of(
            new Case("se10 8aa", 1.0, "E01990048"),
            new Case("SE108AA", 2.0, "E01990048"),
            new Case("SE10 8AA", 3.0, "E01990048"),
            new Case("BR1  4BY", 4.0, "E01990025"),
            new Case("\"SE10 8AA.\"", 5.0, "E01990048"),
            new Case("se10-8aa", 6.0, "E01990048"),
            new Case(" n1 9gu ", 7.0, "E01990085"),
            new Case("EC1A1BB", 8.0, "E01990001"),
            new Case("SW1A 1AA", 9.0, "E01990152"),
            new Case("W1A 1AA", 10.0, "E01990151"), // terminated
            new Case("w1a1aa", 11.0, "E01990151"), // terminated
            new Case("E20 9ZZ", 12.0, null), // pseudo E99999999
            new Case("gy11aa", 13.0, null), // pseudo L99999999
            new Case("se1 0aa", 14.0, null), // pseudo: blank LSOA
            new Case("M1 1AE", 15.0, null), // outside London
            new Case("cf101ep", 16.0, null), // outside London
            new Case("CF10 1EP", 17.0, null), // outside London
            new Case("ZZ1 1ZZ", 18.0, null), // unknown
            new Case("zz11zz", 19.0, null), // unknown
            new Case("SE10 8AB", 20.0, null), // unknown
            new Case("not a postcode", 21.0, null), // invalid
            new Case("", 22.0, null), // invalid
            new Case(null, null, null), // invalid
            new Case("12345", 23.0, null)); // invalid

    @ParameterizedTest
    @MethodSource("london.observatory.geography.postcode.PostcodeFixtures#lsoa21Layouts")
    void everySpellingResolvesToTheSameLsoa(String fixture) {
        PostcodeResolver resolver = new PostcodeResolver(PostcodeFixtures.load(fixture));
        Reconciliation r = new Reconciliation("postcode");
        List<String> resolved = new ArrayList<>();
        for (Case c : CASES) {
            resolved.add(resolver.resolve(c.raw(), c.value(), r));
        }
        assertThat(resolved)
                .containsExactlyElementsOf(CASES.stream().map(Case::lsoa21).toList());
    }

    @ParameterizedTest
    @MethodSource("london.observatory.geography.postcode.PostcodeFixtures#lsoa21Layouts")
    void everyRecordIsAccountedFor(String fixture) {
        PostcodeResolver resolver = new PostcodeResolver(PostcodeFixtures.load(fixture));
        Reconciliation r = new Reconciliation("postcode");
        CASES.forEach(c -> resolver.resolve(c.raw(), c.value(), r));

        assertThat(r.recordsIn()).isEqualTo(24);
        assertThat(r.recordsMatched()).isEqualTo(11);
        assertThat(r.noted(PostcodeResolver.TERMINATED_POSTCODE)).isEqualTo(2);
        assertThat(r.unmatched(Reconciliation.PSEUDO_CODE)).isEqualTo(3);
        assertThat(r.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(3);
        assertThat(r.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(3);
        assertThat(r.unmatched(Reconciliation.INVALID)).isEqualTo(4);
        assertThat(r.recordsUnmatched()).isEqualTo(13);
        assertThat(r.valueIn()).isEqualTo(276.0);
        assertThat(r.valueUnmatched()).isEqualTo(276.0 - 66.0);
    }

    @ParameterizedTest
    @MethodSource("london.observatory.geography.postcode.PostcodeFixtures#lsoa21Layouts")
    void theReportNamesUnplacedPostcodesInDisplayForm(String fixture) {
        PostcodeResolver resolver = new PostcodeResolver(PostcodeFixtures.load(fixture));
        Reconciliation r = new Reconciliation("postcode");
        CASES.forEach(c -> resolver.resolve(c.raw(), c.value(), r));

        assertThat(r.lines())
                .containsExactly(
                        new Reconciliation.Line("matched", null, 11, 66.0, List.of()),
                        new Reconciliation.Line("matched", "terminated-postcode", 2, null, List.of()),
                        // null and "" are both recorded as "": the report cannot show a missing postcode otherwise.
                        new Reconciliation.Line(
                                "unmatched",
                                "invalid",
                                4,
                                21.0 + 22.0 + 23.0,
                                List.of(" (2)", "12345 (1)", "not a postcode (1)")),
                        new Reconciliation.Line(
                                "unmatched",
                                "outside-london",
                                3,
                                15.0 + 16.0 + 17.0,
                                List.of("CF10 1EP (2)", "M1 1AE (1)")),
                        new Reconciliation.Line(
                                "unmatched",
                                "pseudo-code",
                                3,
                                12.0 + 13.0 + 14.0,
                                List.of("E20 9ZZ (1)", "GY1 1AA (1)", "SE1 0AA (1)")),
                        new Reconciliation.Line(
                                "unmatched",
                                "unknown-code",
                                3,
                                18.0 + 19.0 + 20.0,
                                List.of("ZZ1 1ZZ (2)", "SE10 8AB (1)")),
                        // Resolving only finds the LSOA: the feed counts and places the records afterwards.
                        new Reconciliation.Line("placed", null, 0, 0.0, List.of()));
    }

    @Test
    void invalidTextIsRecordedAsGivenLessSurroundingSpace() {
        PostcodeResolver resolver = new PostcodeResolver(PostcodeFixtures.load(PostcodeFixtures.RENAMED));
        Reconciliation r = new Reconciliation("postcode");
        assertThat(resolver.resolve("  SE10 8AA 9ZZ  ", 1.0, r)).isNull();
        assertThat(r.lines())
                .containsExactly(
                        new Reconciliation.Line("matched", null, 0, 0.0, List.of()),
                        new Reconciliation.Line("unmatched", "invalid", 1, 1.0, List.of("SE10 8AA 9ZZ (1)")),
                        new Reconciliation.Line("placed", null, 0, 0.0, List.of()));
    }
}
