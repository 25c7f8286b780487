package london.observatory.search;

import java.text.Normalizer;

/**
 * A search as a user typed it, checked at the boundary: the text is normalised (NFKC, control characters and
 * runs of spaces made one space) and must be 1 to {@value #MAX_LENGTH} characters; the limit must be 1 to
 * {@value #MAX_LIMIT}. The text is never handed to a query parser: queries are built term by term, so
 * {@code "title:*"} or {@code "a AND (b"} are just words.
 *
 * @throws IllegalArgumentException (one line, for the command line's exit 64 and the API's 400) otherwise
 */
public record SearchRequest(String text, int limit) {

    public static final int MAX_LENGTH = 200;
    public static final int MAX_LIMIT = 100;
    public static final int DEFAULT_LIMIT = 10;

    public SearchRequest {
        if (text != null && text.length() > 4 * MAX_LENGTH) {
            // Refused before any work is done on it.
            throw new IllegalArgumentException(
                    "search text is " + text.length() + " characters long; at most " + MAX_LENGTH + " are searched");
        }
        text = normalised(text);
        if (text.isEmpty()) {
            throw new IllegalArgumentException("search text is empty: type a word, an area code or a postcode");
        }
        if (text.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "search text is " + text.length() + " characters long; at most " + MAX_LENGTH + " are searched");
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be 1 to " + MAX_LIMIT + ", not " + limit);
        }
    }

    public static SearchRequest of(String text) {
        return new SearchRequest(text, DEFAULT_LIMIT);
    }

    private static String normalised(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }
}
