package london.observatory.jobs.failure;

import java.util.regex.Pattern;

/**
 * A message made safe to print on one console line and to store in {@code runs.message}: line breaks
 * joined, terminal escape sequences and other control characters removed (a source's error text must not
 * move the cursor or recolour an operator's terminal), and cut to a bounded length.
 */
public final class OneLine {

    /** Long enough for any message of ours; a source's error page pasted into an exception is cut. */
    public static final int MAX = 500;

    static final String ELLIPSIS = "...";

    /** ANSI CSI sequences (colours, cursor moves) and two-character escapes, as a terminal would read them. */
    private static final Pattern ESCAPES = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]|\u001B[@-_]?");

    private static final Pattern LINE_BREAKS = Pattern.compile("\\s*[\\r\\n\\u2028\\u2029]+\\s*");

    private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x1F\\x7F-\\x9F]");

    private OneLine() {}

    public static String of(String text) {
        return of(text, MAX);
    }

    /** {@code text} on one line of at most {@code max} characters, ending with "..." when it was cut. */
    public static String of(String text, int max) {
        String line = ESCAPES.matcher(text).replaceAll("");
        line = LINE_BREAKS.matcher(line).replaceAll(" ");
        line = CONTROLS.matcher(line.replace('\t', ' ')).replaceAll("").strip();
        if (line.length() <= max) {
            return line;
        }
        int end = max - ELLIPSIS.length();
        if (Character.isHighSurrogate(line.charAt(end - 1))) {
            end--; // never half a character
        }
        return line.substring(0, end) + ELLIPSIS;
    }
}
