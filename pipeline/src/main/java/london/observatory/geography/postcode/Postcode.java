package london.observatory.geography.postcode;

/**
 * A UK postcode however it was typed ({@code se10-8aa}, {@code SE108AA}, {@code BR1  4BY},
 * {@code "SE10 8AA."}), reduced to one canonical key: upper case, letters and digits only. Borough
 * record-level files are keyed by hand, so spacing, case and stray punctuation vary; the directory
 * spells each postcode once, so both sides are reduced the same way before they are compared.
 *
 * <p>Only the shape is checked (outward code of 2–4 characters starting with a letter, inward code of a
 * digit and two letters): text without that shape is not a postcode at all ({@code invalid}), whereas a
 * well-shaped postcode the directory does not hold is {@code unknown}.
 */
public final class Postcode {

    /** The longest key: a four-character outward code and a three-character inward code. */
    static final int MAX_LENGTH = 7;

    private static final int MIN_LENGTH = 5;
    /** Base 37 so that no character packs to 0 and keys of different lengths cannot collide. */
    private static final int RADIX = 37;

    private final String key;

    private Postcode(String key) {
        this.key = key;
    }

    /** The postcode in {@code raw}, or null when it does not have a postcode's shape (or is null). */
    public static Postcode parse(String raw) {
        String key = canonical(raw);
        return key != null && hasPostcodeShape(key) ? new Postcode(key) : null;
    }

    /** Upper case, letters and digits only; null if nothing is left or it is too long to be a postcode. */
    static String canonical(String raw) {
        if (raw == null) {
            return null;
        }
        char[] out = new char[MAX_LENGTH];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c >= 'a' && c <= 'z') {
                c = (char) (c - 'a' + 'A');
            } else if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) {
                continue;
            }
            if (n == MAX_LENGTH) {
                return null;
            }
            out[n++] = c;
        }
        return n == 0 ? null : new String(out, 0, n);
    }

    private static boolean hasPostcodeShape(String key) {
        int n = key.length();
        if (n < MIN_LENGTH) {
            return false;
        }
        return isLetter(key.charAt(0))
                && isDigit(key.charAt(n - 3))
                && isLetter(key.charAt(n - 2))
                && isLetter(key.charAt(n - 1));
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Letters and digits only, upper case: {@code SE108AA}. */
    public String key() {
        return key;
    }

    /** As Royal Mail and the directory's {@code pcds} write it, one space before the inward code: {@code SE10 8AA}. */
    public String display() {
        int split = key.length() - 3;
        return key.substring(0, split) + ' ' + key.substring(split);
    }

    /**
     * The key as a number (at most 37^7 &lt; 2^37), so millions of postcodes fit in a sorted {@code long[]}
     * instead of millions of strings.
     */
    public long packed() {
        long packed = 0;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            packed = packed * RADIX + (isDigit(c) ? c - '0' + 1 : c - 'A' + 11);
        }
        return packed;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Postcode p && p.key.equals(key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return display();
    }
}
