package london.observatory.extract;

import java.math.BigDecimal;

/**
 * A value as text files write it: a whole number without a decimal point ({@code 9090}), any other in full
 * precision without an exponent ({@code 0.00012}, {@code 23.456}), so a spreadsheet reads it as the same number.
 */
final class ValueText {

    /** Below 2^53 every whole double is exact as a long. */
    private static final double EXACT_WHOLE = 9.007199254740992E15;

    private ValueText() {}

    static boolean isWhole(double value) {
        return value == Math.rint(value) && Math.abs(value) < EXACT_WHOLE;
    }

    static String of(double value) {
        if (isWhole(value)) {
            return Long.toString((long) value);
        }
        String text = Double.toString(value);
        return text.indexOf('E') < 0 ? text : new BigDecimal(text).toPlainString();
    }
}
