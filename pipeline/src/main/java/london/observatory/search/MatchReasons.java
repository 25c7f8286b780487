package london.observatory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * Why a document matched, in words: for each concept it matched, the first of its clauses (typed words before
 * synonyms before spelling corrections, then the stronger field first: a title before keywords) that matches the document, asked of Lucene's
 * matches API, so the reason is what was scored, not a guess. {@code title: depression},
 * {@code synonym: jobless → claimant count (title)}, {@code spelling: lewsham → Lewisham (name)}.
 */
final class MatchReasons {

    /** The reasons, one per concept matched, and the indexes of those concepts. */
    record Reasons(List<String> reasons, List<Integer> concepts) {}

    private final IndexSearcher searcher;
    private final List<ConceptQueries.Clause> clauses;
    private final Map<ConceptQueries.Clause, Weight> weights = new HashMap<>();

    MatchReasons(IndexSearcher searcher, List<ConceptQueries.Clause> clauses) {
        this.searcher = searcher;
        this.clauses = ordered(clauses);
    }

    private static List<ConceptQueries.Clause> ordered(List<ConceptQueries.Clause> clauses) {
        List<ConceptQueries.Clause> sorted = new ArrayList<>(clauses);
        sorted.sort(Comparator.comparingInt(ConceptQueries.Clause::concept)
                .thenComparing(c -> c.alternative().source())
                .thenComparing(c -> -c.fieldBoost())
                .thenComparing(c -> -c.alternative().weight()));
        return sorted;
    }

    Reasons of(int doc, Shown shown) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
        List<String> reasons = new ArrayList<>();
        List<Integer> concepts = new ArrayList<>();
        int lastConcept = -1;
        for (ConceptQueries.Clause clause : clauses) {
            if (clause.concept() == lastConcept) {
                continue;
            }
            if (weight(clause).matches(leaf, doc - leaf.docBase) != null) {
                reasons.add(describe(clause, shown));
                concepts.add(clause.concept());
                lastConcept = clause.concept();
            }
        }
        return new Reasons(reasons, concepts);
    }

    private Weight weight(ConceptQueries.Clause clause) throws IOException {
        Weight weight = weights.get(clause);
        if (weight == null) {
            weight = searcher.createWeight(searcher.rewrite(clause.query()), ScoreMode.COMPLETE_NO_SCORES, 1f);
            weights.put(clause, weight);
        }
        return weight;
    }

    /** How a matched document writes a term it matched by (its stored text), for a spelling correction. */
    interface Shown {
        String writtenAs(String field, String term);
    }

    private static String describe(ConceptQueries.Clause clause, Shown shown) {
        Concept.Alternative alternative = clause.alternative();
        String field = clause.field();
        return switch (alternative.source()) {
            case TYPED -> field + ": " + alternative.shown();
            case SYNONYM -> "synonym: " + clause.conceptText() + " → " + alternative.shown() + " (" + field + ")";
            case SPELLING ->
                "spelling: " + clause.conceptText() + " → "
                        + shown.writtenAs(field, alternative.terms().get(0)) + " (" + field + ")";
        };
    }
}
