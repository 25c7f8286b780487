package london.observatory.extract;

import java.util.List;

/**
 * The words one text column of an extract may hold (flags, methods, period types), so the query returns each as its
 * 1-based position in this list: an integer crosses JDBC and DuckDB's sort many times faster than a string, which
 * decides an extract's speed (measured: the sort and the fetch took twice as long with text beside the numbers).
 * Position 0 is SQL NULL.
 */
final class Vocabulary {

    private final List<String> words;

    Vocabulary(List<String> words) {
        this.words = List.copyOf(words);
    }

    /** The list as the query's array parameter. */
    Object[] array() {
        return words.toArray();
    }

    List<String> words() {
        return words;
    }

    /** The word at a 1-based position; null at 0. */
    String word(int position) {
        if (position == Vocabularies.UNKNOWN) {
            throw new IllegalStateException("a word outside the extract's vocabulary " + words
                    + ": observation_rollups computes a flag or method from something other than a literal");
        }
        return position == 0 ? null : words.get(position - 1);
    }
}
