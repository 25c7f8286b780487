package london.observatory.extract;

/**
 * A request the extracts engine refuses, found before anything is written: a malformed or unknown area
 * code, an unknown theme or indicator, too many areas, a malformed or inverted period range. The message is
 * one line meant for the person who asked (the command line prints it and exits 64; the HTTP API answers
 * 400 with it). User text in it is quoted, cut short and stripped of control characters.
 */
public final class ExtractRequestException extends RuntimeException {

    private static final int MAX_QUOTED = 40;

    public ExtractRequestException(String message) {
        super(oneLine(message));
    }

    /** {@code "text"} as typed, at most 40 characters, without control characters; {@code nothing} for null. */
    public static String quote(String text) {
        if (text == null) {
            return "nothing";
        }
        String printable = text.codePoints()
                .map(c -> Character.isISOControl(c) ? ' ' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return '"' + (printable.length() <= MAX_QUOTED ? printable : printable.substring(0, MAX_QUOTED) + "…") + '"';
    }

    private static String oneLine(String message) {
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ");
    }
}
