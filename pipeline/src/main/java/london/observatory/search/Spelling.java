package london.observatory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Corrects words the index does not know ({@code lewsham} → {@code lewisham}) to the nearest words of area
 * names, indicator titles and keywords: one edit for a word of 4–5 letters, two from 6 (a transposition is one
 * edit), the first letter as typed. Only for a word that is in no field at all: a known word is taken as meant,
 * so {@code health} is never read as {@code heath}. Words with digits are left alone (codes are matched exactly).
 *
 * <p>The words that can be offered are read from the index once, when it is opened, grouped by first letter, and
 * compared by edit distance: a few hundred short comparisons cost far less than building Lucene's Levenshtein
 * automata for each misspelt word (about 1 ms per automaton of two edits, measured here; {@code FuzzyTermsEnum}
 * builds several per field).
 */
final class Spelling {

    /** A corrected match counts less than an exact one, and less the further the correction went. */
    static final float WEIGHT = 0.8f;

    private static final int MIN_LENGTH = 4;
    private static final int MAX_CORRECTIONS = 3;

    private final IndexReader reader;
    private final List<String> searchedFields;
    /** First letter → the words of {@link SearchFields#SPELLED} starting with it, and their document counts. */
    private final Map<Character, List<Word>> vocabulary;

    private record Word(String term, int docFreq) {}

    private record Candidate(String term, int edits, int docFreq) {}

    Spelling(IndexReader reader, List<String> searchedFields) {
        this.reader = reader;
        this.searchedFields = searchedFields;
        try {
            this.vocabulary = vocabulary(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the search index's words", e);
        }
    }

    private static Map<Character, List<Word>> vocabulary(IndexReader reader) throws IOException {
        Map<String, Integer> counts = new HashMap<>();
        for (String field : SearchFields.SPELLED) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            TermsEnum each = terms.iterator();
            for (BytesRef term = each.next(); term != null; term = each.next()) {
                String word = term.utf8ToString();
                if (word.length() >= MIN_LENGTH - 1 && word.chars().allMatch(Character::isLetter)) {
                    counts.merge(word, each.docFreq(), Integer::sum);
                }
            }
        }
        Map<Character, List<Word>> byLetter = new HashMap<>();
        counts.forEach((term, n) ->
                byLetter.computeIfAbsent(term.charAt(0), c -> new ArrayList<>()).add(new Word(term, n)));
        return byLetter;
    }

    /** The concepts, each unknown single word given its nearest known words as further alternatives. */
    List<Concept> correct(List<Concept> concepts) throws IOException {
        List<Concept> corrected = new ArrayList<>(concepts.size());
        for (Concept concept : concepts) {
            corrected.add(needsCorrection(concept) ? withCorrections(concept) : concept);
        }
        return corrected;
    }

    private boolean needsCorrection(Concept concept) throws IOException {
        if (!concept.onlyTyped() || concept.alternatives().size() != 1) {
            return false;
        }
        List<String> terms = concept.alternatives().get(0).terms();
        if (terms.size() != 1) {
            return false;
        }
        String term = terms.get(0);
        return term.length() >= MIN_LENGTH && term.chars().allMatch(Character::isLetter) && !known(term);
    }

    private boolean known(String term) throws IOException {
        for (String field : searchedFields) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    private Concept withCorrections(Concept concept) {
        String typed = concept.alternatives().get(0).terms().get(0);
        int maxEdits = typed.length() >= 6 ? 2 : 1;
        List<Candidate> candidates = new ArrayList<>();
        for (Word word : vocabulary.getOrDefault(typed.charAt(0), List.of())) {
            int edits = EditDistance.atMost(typed, word.term(), maxEdits);
            if (edits <= maxEdits) {
                candidates.add(new Candidate(word.term(), edits, word.docFreq()));
            }
        }
        if (candidates.isEmpty()) {
            return concept;
        }
        // The closest words only; among them, the commoner first.
        candidates.sort(Comparator.comparingInt(Candidate::edits)
                .thenComparing(Comparator.comparingInt(Candidate::docFreq).reversed())
                .thenComparing(Candidate::term));
        int fewest = candidates.get(0).edits();
        List<Concept.Alternative> alternatives = new ArrayList<>(concept.alternatives());
        candidates.stream()
                .filter(c -> c.edits() == fewest)
                .limit(MAX_CORRECTIONS)
                .forEach(c -> alternatives.add(new Concept.Alternative(
                        List.of(c.term()),
                        Concept.Source.SPELLING,
                        c.term(),
                        WEIGHT * (1f - (float) c.edits() / typed.length()))));
        return new Concept(concept.text(), alternatives, concept.place());
    }
}
