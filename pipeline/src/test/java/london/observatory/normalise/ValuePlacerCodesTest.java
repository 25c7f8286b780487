package london.observatory.normalise;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.Descriptors;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import london.observatory.observation.Observation;
import london.observatory.period.Period;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Codes off the spine in a ward feed and a borough feed get the shared rule's reasons, counted, not quarantined. */
class ValuePlacerCodesTest {

    private static final Period YEAR = new Period(LocalDate.of(2018, 1, 1), "year");
    private static final FeedDescriptor FEED = Descriptors.parse("""
            {"id": "test", "title": "t", "format": "csv", "source": {"url": "file:x"}, "maxBadRowShare": 0.5,
             "nativeGeography": "ward",
             "indicators": [{"id": "cases", "theme": "housing", "measureType": "count"}]}""");

    private static Geography geography;

    private final Reconciliation reconciliation = new Reconciliation("ward");
    private final List<Observation> out = new ArrayList<>();

    @BeforeAll
    static void spine() {
        geography = RepoFiles.madeUpGeography();
    }

    @Test
    void wardsOfTheRetired2002BoundariesAreUnknownCodesNamingTheVintageAndTheSetting() {
        List<String> problems = new ArrayList<>();
        for (String ward : List.of("E05000026", "E05000027", "E05000026", "E05990001")) {
            problems.add(place("ward", ward, 10.0));
        }

        assertThat(problems).containsOnlyNulls();
        assertThat(out).extracting(Observation::areaCode).containsExactly("E05990001");
        assertThat(reconciliation.recordsMatched()).isEqualTo(1);
        assertThat(reconciliation.unmatched(Reconciliation.UNKNOWN_CODE)).isEqualTo(3);
        assertThat(reconciliation.valueUnmatched()).isEqualTo(30.0);
        assertThat(reconciliation.hints(Reconciliation.UNKNOWN_CODE))
                .hasSize(2)
                .allSatisfy(hint -> assertThat(hint)
                        .contains("ward of the 2002 boundaries")
                        .contains("observatory.geography.older-ward-lookups"));
    }

    @Test
    void londonAggregatesBesideBoroughsAreSetAsideAndOtherAreasOutsideLondon() {
        List<String> problems = new ArrayList<>();
        for (String code : List.of("E09000007", "E12000007", "E13000001", "E92000001", "K04000001", "E08000025")) {
            problems.add(place("lad", code, 5.0));
        }

        assertThat(problems).containsOnlyNulls();
        assertThat(out).extracting(Observation::areaCode).containsExactly("E09000007");
        assertThat(reconciliation.unmatched(Reconciliation.SET_ASIDE)).isEqualTo(4);
        assertThat(reconciliation.unmatched(Reconciliation.OUTSIDE_LONDON)).isEqualTo(1);
        assertThat(reconciliation.recordsIn()).isEqualTo(6);
    }

    @Test
    void onlyTextThatIsNoCodeIsABadRow() {
        assertThat(place("lad", "Camden", 5.0)).isEqualTo("'Camden' is not a lad code");
        assertThat(reconciliation.unmatched(Reconciliation.INVALID)).isEqualTo(1);
    }

    private String place(String level, String code, Double value) {
        ValuePlacer placer =
                new ValuePlacer(FEED, geography, Map.of(), new FanInAccumulator(), reconciliation, "run-1");
        IndicatorDefinition cases = FEED.indicator("cases");
        return placer.place(cases, level, code, YEAR, SourceValue.count(value, null), out);
    }
}
