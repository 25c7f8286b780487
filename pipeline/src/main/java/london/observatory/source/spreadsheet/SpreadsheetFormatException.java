package london.observatory.source.spreadsheet;

import java.io.IOException;

/**
 * A spreadsheet that is not laid out as its feed expects: no sheet of that name, no header row with
 * the anchor column, a measure column missing. The message names the file and sheet
 * ({@code Detailed_LA_202403.ods#A1}) and what was looked for, so the run log says what changed upstream.
 */
public class SpreadsheetFormatException extends IOException {

    public SpreadsheetFormatException(String message) {
        super(message);
    }

    public SpreadsheetFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
