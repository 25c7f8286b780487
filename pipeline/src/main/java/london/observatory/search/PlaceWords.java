package london.observatory.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;

/**
 * Marks the concepts that name a place: those whose words, as typed or as corrected, are in area names. Such a
 * word is mostly a place: an indicator that mentions it ({@code Southwark} in the title of Southwark's arrears
 * counts) is a weaker answer to {@code homelessness southwark} than the homelessness indicators are, so place
 * concepts count for less in indicators ({@link #IN_INDICATORS}) and, when ranking kinds together, answer half a
 * part of the query for an indicator.
 */
final class PlaceWords {

    /** A place word's weight in indicator scores. */
    static final float IN_INDICATORS = 0.3f;

    private final IndexReader reader;

    PlaceWords(IndexReader reader) {
        this.reader = reader;
    }

    List<Concept> mark(List<Concept> concepts) throws IOException {
        List<Concept> marked = new ArrayList<>(concepts.size());
        for (Concept concept : concepts) {
            marked.add(namesAPlace(concept) ? concept.asPlace() : concept);
        }
        return marked;
    }

    private boolean namesAPlace(Concept concept) throws IOException {
        for (Concept.Alternative alternative : concept.alternatives()) {
            if (alternative.source() != Concept.Source.SYNONYM && allInNames(alternative.terms())) {
                return true;
            }
        }
        return false;
    }

    private boolean allInNames(List<String> terms) throws IOException {
        for (String term : terms) {
            if (reader.docFreq(new Term(SearchFields.NAME, term)) == 0) {
                return false;
            }
        }
        return true;
    }
}
