package london.observatory.search;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * English stop words as the analyzer leaves them ({@code this} → {@code thi}), plus words that say where rather
 * than what ({@code near}). Dropped from queries, not from the index: a phrase such as {@code out of work} must
 * still meet the synonym list with its {@code of}.
 */
final class StopTerms {

    private static final List<String> EXTRA = List.of("near", "around", "area", "areas");

    private final Set<String> terms = new HashSet<>();

    StopTerms(Analyzer analyzer) {
        for (Object word : EnglishAnalyzer.ENGLISH_STOP_WORDS_SET) {
            terms.addAll(SearchAnalysis.terms(analyzer, word instanceof char[] c ? new String(c) : word.toString()));
        }
        for (String word : EXTRA) {
            terms.addAll(SearchAnalysis.terms(analyzer, word));
        }
    }

    boolean contains(String term) {
        return terms.contains(term);
    }

    List<String> without(List<String> phrase) {
        return phrase.stream().filter(t -> !terms.contains(t)).toList();
    }
}
