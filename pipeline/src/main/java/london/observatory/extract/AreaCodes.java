package london.observatory.extract;

import java.util.Locale;
import java.util.regex.Pattern;

/** The shape of a GSS area code: a letter and eight digits ({@code E01000001}). Existence is checked in the database. */
final class AreaCodes {

    private static final Pattern GSS = Pattern.compile("[A-Z][0-9]{8}");

    private AreaCodes() {}

    /** Trimmed and upper-cased, so {@code e01000001 } and {@code E01000001} are one area. */
    static String normalise(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    }

    static boolean looksLikeCode(String text) {
        return GSS.matcher(normalise(text)).matches();
    }
}
