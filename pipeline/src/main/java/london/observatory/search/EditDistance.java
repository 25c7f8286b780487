package london.observatory.search;

/**
 * Optimal string alignment distance (Levenshtein with adjacent transpositions counted as one edit, as Lucene's
 * fuzzy queries count them), given up as soon as it must exceed a bound.
 */
final class EditDistance {

    private EditDistance() {}

    /** The distance between {@code a} and {@code b} if at most {@code max}, otherwise {@code max + 1}. */
    static int atMost(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] before = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowBest = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int d = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d = Math.min(d, before[j - 2] + 1);
                }
                current[j] = d;
                rowBest = Math.min(rowBest, d);
            }
            if (rowBest > max) {
                return max + 1;
            }
            int[] spare = before;
            before = previous;
            previous = current;
            current = spare;
        }
        return Math.min(previous[b.length()], max + 1);
    }
}
