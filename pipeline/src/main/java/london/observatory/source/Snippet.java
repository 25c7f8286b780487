package london.observatory.source;

/**
 * What a message may quote of a source's text: at most {@link #MAX_CHARS} characters, control characters
 * escaped ({@code \n}, {@code \t}, {@code \x00}), and the full length said when it was cut. A header of
 * 50 MB or a binary file's first bytes therefore never reach a log line, a quarantine file or
 * {@code runs.message} whole, and never move an operator's cursor.
 */
public final class Snippet {

    public static final int MAX_CHARS = 200;

    private Snippet() {}

    /** {@code text} escaped and cut: {@code "Area,Value\x00..." (1,048,576 characters)}. */
    public static String of(String text) {
        return of(text, MAX_CHARS);
    }

    public static String of(String text, int max) {
        if (text == null) {
            return "null";
        }
        int end = Math.min(text.length(), max);
        if (end < text.length() && end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never half a character
        }
        String escaped = escape(text.substring(0, end));
        return end < text.length()
                ? String.format(java.util.Locale.ROOT, "%s... (%,d characters)", escaped, text.length())
                : escaped;
    }

    /** Control characters (C0, DEL, C1) and line separators as escapes; everything else as it is. */
    public static String escape(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
                        out.append(c <= 0xFF ? String.format("\\x%02X", (int) c) : String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
