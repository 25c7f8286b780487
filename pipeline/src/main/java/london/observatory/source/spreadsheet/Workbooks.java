package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import london.observatory.source.spreadsheet.SheetLayout.SheetInfo;

/** Opens the sheet a layout names, choosing the reader by the file's extension. */
final class Workbooks {

    private Workbooks() {}

    static SheetGrid read(Path file, SheetLayout layout) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ods")) {
            return OdsSheets.read(file, layout);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxSheets.read(file, layout);
        }
        throw new SpreadsheetFormatException(
                file.getFileName() + ": not a spreadsheet this reader knows (.ods, .xlsx)");
    }

    static SpreadsheetFormatException noSheet(Path file, SheetLayout layout, List<SheetInfo> sheets) {
        String names = sheets.stream().map(SheetInfo::name).collect(Collectors.joining(", "));
        return new SpreadsheetFormatException(
                "no " + layout.describe() + " in " + file.getFileName() + " (sheets: " + names + ")");
    }
}
