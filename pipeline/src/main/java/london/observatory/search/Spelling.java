package london.observatory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.search.FuzzyTermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * Corrects words the index does not know ({@code lewsham} → {@code lewisham}) to the nearest words of area
 * names, indicator titles and keywords, up to two edits (a transposition is one). Only for a word that is in no
 * field at all: a known word is taken as meant, so {@code health} is never read as {@code heath}. Short words
 * and words with digits are left alone: one edit from a four-letter word reaches too many others, and codes are
 * matched exactly.
 */
final class Spelling {

    /** A corrected match counts less than an exact one, and less the further the correction went. */
    static final float WEIGHT = 0.8f;

    private static final int MIN_LENGTH = 4;
    /** The first letter is taken as typed: misspellings rarely start wrong, and it keeps the search small. */
    private static final int PREFIX = 1;

    private static final int MAX_CORRECTIONS = 3;

    private final IndexReader reader;
    private final List<String> searchedFields;

    Spelling(IndexReader reader, List<String> searchedFields) {
        this.reader = reader;
        this.searchedFields = searchedFields;
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
        return term.length() >= MIN_LENGTH && term.chars().noneMatch(Character::isDigit) && !known(term);
    }

    private boolean known(String term) throws IOException {
        for (String field : searchedFields) {
            if (reader.docFreq(new Term(field, term)) > 0) {
                return true;
            }
        }
        return false;
    }

    private Concept withCorrections(Concept concept) throws IOException {
        String typed = concept.alternatives().get(0).terms().get(0);
        int maxEdits = typed.length() >= 6 ? 2 : 1;
        List<Candidate> candidates = new ArrayList<>();
        for (String field : SearchFields.SPELLED) {
            Terms terms = MultiTerms.getTerms(reader, field);
            if (terms == null) {
                continue;
            }
            FuzzyTermsEnum near = new FuzzyTermsEnum(terms, new Term(field, typed), maxEdits, PREFIX, true);
            for (BytesRef term = near.next(); term != null; term = near.next()) {
                String word = term.utf8ToString();
                if (candidates.stream().noneMatch(c -> c.term().equals(word))) {
                    candidates.add(new Candidate(word, near.getBoost(), near.docFreq()));
                }
            }
        }
        if (candidates.isEmpty()) {
            return concept;
        }
        // The closest words first; among equally close ones, the commoner.
        candidates.sort(Comparator.comparing(Candidate::similarity)
                .thenComparing(Candidate::docFreq)
                .reversed());
        float best = candidates.get(0).similarity();
        List<Concept.Alternative> alternatives = new ArrayList<>(concept.alternatives());
        candidates.stream()
                .filter(c -> c.similarity() >= best)
                .limit(MAX_CORRECTIONS)
                .forEach(c -> alternatives.add(new Concept.Alternative(
                        List.of(c.term()), Concept.Source.SPELLING, c.term(), WEIGHT * c.similarity())));
        return new Concept(concept.text(), alternatives, concept.place());
    }

    private record Candidate(String term, float similarity, int docFreq) {}
}
