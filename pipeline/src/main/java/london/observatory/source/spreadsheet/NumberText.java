package london.observatory.source.spreadsheet;

import java.math.BigDecimal;
import java.math.MathContext;

/**
 * Numbers stored in a spreadsheet, written as plain decimals: {@code 12345} (not {@code 12345.0}),
 * {@code 0.3} (not {@code 0.30000000000000004}), never an exponent. Rounded to 15 significant digits,
 * the precision spreadsheet programs themselves show, which removes binary noise and nothing else.
 * The stored value is used, not the cell's display format, so a rate shown as {@code 2.3} but stored
 * as {@code 2.3456} keeps its digits, and no thousands separators are added.
 */
final class NumberText {

    private static final MathContext SPREADSHEET_PRECISION = new MathContext(15);

    private NumberText() {}

    static String plain(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value); // also turns -0.0 into 0
        }
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return new BigDecimal(value)
                .round(SPREADSHEET_PRECISION)
                .stripTrailingZeros()
                .toPlainString();
    }
}
