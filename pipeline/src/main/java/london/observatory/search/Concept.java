package london.observatory.search;

import java.util.List;

/**
 * One thing the user asked for: a word or a phrase of the query ({@code text}, as typed), and the ways it may be
 * matched, best first, and whether it names a place. A document matches the concept when it matches any alternative; a concept's score is its
 * best alternative's (a disjunction), so a word and its synonyms count once, not once each.
 */
record Concept(String text, List<Alternative> alternatives, boolean place) {

    Concept {
        alternatives = List.copyOf(alternatives);
    }

    Concept(String text, List<Alternative> alternatives) {
        this(text, alternatives, false);
    }

    /** The same concept, marked as naming a place (see {@link PlaceWords}). */
    Concept asPlace() {
        return new Concept(text, alternatives, true);
    }

    /** How an alternative came about, which also orders how a match is reported. */
    enum Source {
        /** The words as typed. */
        TYPED,
        /** A synonym from the list. */
        SYNONYM,
        /** A nearby word of the index's vocabulary, for a word it does not have. */
        SPELLING
    }

    /**
     * Terms (analysed, all of which must be in one field), how they arose, how they are shown to the user, and
     * the weight a match by them carries against a match by the words typed (1).
     */
    record Alternative(List<String> terms, Source source, String shown, float weight) {

        Alternative {
            terms = List.copyOf(terms);
        }
    }

    boolean onlyTyped() {
        return alternatives.stream().allMatch(a -> a.source() == Source.TYPED);
    }
}
