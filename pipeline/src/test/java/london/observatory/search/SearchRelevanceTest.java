package london.observatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The relevance set ({@code search/relevance.csv}): for each query, every expected result must be in the top 3.
 * The share of queries that pass is the measure; below 90% the test fails, and it always prints the misses with
 * what came instead.
 */
class SearchRelevanceTest {

    private static final int TOP = 3;
    private static final double TARGET = 0.90;

    /** One line of the set: the query and its expected results, each a choice of acceptable ones. */
    record Judgement(String query, List<List<String>> expected) {

        /** The expected results that are not in {@code top}. */
        List<String> missing(List<String> top) {
            List<String> missing = new ArrayList<>();
            for (List<String> choice : expected) {
                if (choice.stream().noneMatch(top::contains)) {
                    missing.add(String.join("|", choice));
                }
            }
            return missing;
        }
    }

    static List<Judgement> judgements() throws IOException {
        List<Judgement> judgements = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(LondonSearch.relevanceSet(), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
                List<List<String>> expected = new ArrayList<>();
                for (String item : row.get(1).split(";")) {
                    String[] kindAndIds = item.strip().split(":", 2);
                    expected.add(Arrays.stream(kindAndIds[1].split("\\|"))
                            .map(id -> kindAndIds[0] + ":" + id.strip())
                            .toList());
                }
                judgements.add(new Judgement(row.get(0), expected));
            }
        }
        return judgements;
    }

    @Test
    void atLeastNineQueriesInTenHaveEveryExpectedResultInTheTopThree() throws IOException {
        List<Judgement> judgements = judgements();
        List<String> misses = new ArrayList<>();
        for (Judgement judgement : judgements) {
            List<String> top = LondonSearch.index().search(judgement.query(), TOP).results().stream()
                    .map(r -> r.kind().code() + ":" + r.id())
                    .toList();
            List<String> missing = judgement.missing(top);
            if (!missing.isEmpty()) {
                misses.add(judgement.query() + ": missing " + missing + ", top 3 " + top);
            }
        }
        int passed = judgements.size() - misses.size();
        System.out.printf(
                "relevance: %d of %d queries have every expected result in the top %d (%.1f%%)%n",
                passed, judgements.size(), TOP, 100.0 * passed / judgements.size());
        misses.forEach(miss -> System.out.println("  miss: " + miss));

        assertThat(judgements).hasSizeGreaterThanOrEqualTo(40);
        assertThat((double) passed / judgements.size())
                .as("share of relevance queries passing; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(TARGET);
    }
}
