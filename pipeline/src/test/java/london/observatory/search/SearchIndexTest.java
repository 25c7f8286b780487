package london.observatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.RealLondonData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The search over every shipped indicator and the real London geography: the examples the issue names. */
class SearchIndexTest {

    private static SearchResponse search(String text) {
        return LondonSearch.index().search(text, 10);
    }

    private static List<String> top3(String text) {
        return search(text).results().stream().limit(3).map(SearchResult::id).toList();
    }

    private static SearchResult find(SearchResponse response, String id) {
        return response.results().stream()
                .filter(r -> r.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + response.results()));
    }

    @Test
    void rentArrearsInTottenhamFindsTheArrearsIndicatorAndTottenhamWardsInHaringey() {
        SearchResponse found = search("rent arrears tottenham");

        assertThat(top3("rent arrears tottenham"))
                .contains("southwark-council-tax-arrears")
                .containsAnyOf("E05013599", "E05013601", "E05013602");
        SearchResult ward = find(found, "E05013602");
        assertThat(ward.kind()).isEqualTo(SearchResult.Kind.AREA);
        assertThat(ward.name()).isEqualTo("Tottenham Hale");
        assertThat(ward.level()).isEqualTo("ward");
        assertThat(ward.parents()).containsExactly(new AreaRef("E09000014", "Haringey", "lad"));
        assertThat(ward.matched()).containsExactly("name: tottenham");
        assertThat(find(found, "southwark-council-tax-arrears").matched())
                .containsExactly("synonym: rent arrears → arrears (title)");
    }

    @Test
    void unemploymentWithABoroughCodeFindsLambethFirstThenTheUnemploymentIndicators() {
        SearchResponse found = search("unemployment E09000022");

        SearchResult lambeth = found.results().get(0);
        assertThat(lambeth.id()).isEqualTo("E09000022");
        assertThat(lambeth.name()).isEqualTo("Lambeth");
        assertThat(lambeth.matched()).containsExactly("code: E09000022");
        assertThat(top3("unemployment E09000022")).contains("claimant-count", "census-unemployed");
    }

    @Test
    void aMisspeltBoroughIsFoundWithinTwoEditsAndTheResultSaysSo() {
        SearchResponse found = search("jobless lewsham");

        assertThat(top3("jobless lewsham")).contains("E09000023", "claimant-count");
        assertThat(find(found, "E09000023").matched()).containsExactly("spelling: lewsham → Lewisham (name)");
        assertThat(find(found, "claimant-count").matched())
                .containsExactly("synonym: jobless → claimant count (title)");
        assertThat(find(found, "census-unemployed").matched()).containsExactly("keywords: jobless");
    }

    @Test
    void depressionInCamdenFindsTheDepressionIndicatorAndTheBorough() {
        assertThat(top3("depression camden")).contains("depression-prevalence-gp", "E09000007");
        assertThat(find(search("depression camden"), "depression-prevalence-gp").matched())
                .containsExactly("title: depression");
    }

    @Test
    void aPostcodeGivesItsLsoaWardAndBoroughInThatOrderWithTheLsoasParents() {
        SearchResponse found = search("n17 9za");

        assertThat(found.results()).extracting(SearchResult::id).containsExactly("E01002081", "E05013602", "E09000014");
        SearchResult lsoa = found.results().get(0);
        assertThat(lsoa.name()).isEqualTo("Haringey 012D");
        assertThat(lsoa.level()).isEqualTo("lsoa21");
        assertThat(lsoa.parents())
                .containsExactly(
                        new AreaRef("E02000408", "Haringey 012", "msoa21"),
                        new AreaRef("E05013602", "Tottenham Hale", "ward"),
                        new AreaRef("E09000014", "Haringey", "lad"));
        assertThat(lsoa.matched()).containsExactly("postcode: N17 9ZA → E01002081");
        assertThat(found.results().get(2).matched()).containsExactly("postcode: N17 9ZA is in this borough");
        assertThat(found.notices()).isEmpty();
    }

    @Test
    void aPostcodeOutsideLondonOrUnknownIsANoticeNotAResult() {
        assertThat(search("M1 9ZE").results()).isEmpty();
        assertThat(search("M1 9ZE").notices())
                .containsExactly("postcode M1 9ZE is not in a London neighbourhood the postcode directory knows");
        assertThat(search("ZZ1 1ZZ").notices()).hasSize(1);
    }

    @Test
    void everyLevelOfAreaIsFoundByItsCodeInAnyCase() {
        assertThat(search("e01000001").results().get(0))
                .satisfies(r -> assertThat(r.level()).isEqualTo("lsoa21"))
                .satisfies(r ->
                        assertThat(r.parents()).extracting(AreaRef::level).containsExactly("msoa21", "ward", "lad"));
        assertThat(search("E02000001").results().get(0).parents())
                .extracting(AreaRef::code)
                .containsExactly("E09000001");
        assertThat(search("E05013601").results().get(0).name()).isEqualTo("Tottenham Central");
        assertThat(search("E12000007").results().get(0).name()).isEqualTo("London");
        assertThat(search("E09999999").notices())
                .containsExactly("no area has code E09999999 (areas are London's LSOAs, MSOAs, wards and boroughs)");
    }

    @Test
    void queryLanguageIsJustText() {
        for (String text :
                List.of("title:* AND (b", "\"unclosed", "*", "\\", "lewisham~2", "+-&&||!(){}[]^\"~*?:\\/")) {
            assertThat(search(text).query()).isEqualTo(text);
        }
        assertThat(top3("camden OR debt")).contains("E09000007");
        assertThat(top3("name:lewisham")).contains("E09000023");
    }

    @Test
    void resultsAreBestFirstAndNoMoreThanTheLimit() {
        List<SearchResult> results = LondonSearch.index().search("camden", 5).results();

        assertThat(results).hasSize(5);
        assertThat(results).extracting(SearchResult::score).isSortedAccordingTo((a, b) -> Double.compare(b, a));
        assertThat(results.get(0).id()).isEqualTo("E09000007");
    }

    @Test
    void oneIndexServesSeveralThreadsAtOnce() throws Exception {
        List<String> queries = List.of("rent arrears tottenham", "jobless lewsham", "N17 9ZA", "depression camden");
        List<SearchResponse> alone =
                queries.stream().map(SearchIndexTest::search).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<SearchResponse>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                runs.add(pool.submit(() -> {
                    List<SearchResponse> responses = new ArrayList<>();
                    for (int round = 0; round < 25; round++) {
                        responses.clear();
                        queries.forEach(q -> responses.add(search(q)));
                    }
                    return responses;
                }));
            }
            for (Future<List<SearchResponse>> run : runs) {
                assertThat(run.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void anIndexBuiltOnDiskIsOpenedByReadersWithOrWithoutPostcodes(@TempDir Path release) throws IOException {
        Path dir = release.resolve("search");
        SearchIndex.Built built = SearchIndex.build(
                dir, IndicatorEntry.all(FeedCatalog.load(Map.of())), AreaEntry.all(RealLondonData.realLondon()));

        assertThat(built.indicators()).isEqualTo(41);
        assertThat(built.areas()).isEqualTo(4994 + 1002 + 684 + 33 + 1);
        assertThat(built.bytes()).isPositive();
        try (SearchIndex index = SearchIndex.open(dir)) {
            assertThat(index.search("rent arrears tottenham", 3).results())
                    .extracting(SearchResult::id)
                    .contains("southwark-council-tax-arrears");
            assertThat(index.search("N17 9ZA", 3).notices())
                    .containsExactly("postcode N17 9ZA was not searched: no postcode directory is loaded");
        }
    }
}
