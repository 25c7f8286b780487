package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import london.observatory.source.ReadLimits;
import london.observatory.source.Snippet;
import london.observatory.source.spreadsheet.SheetLayout.SheetInfo;

/** Opens the sheet a layout names, choosing the reader by the file's extension. */
final class Workbooks {

    private Workbooks() {}

    static SheetGrid read(Path file, SheetLayout layout) throws IOException {
        return read(file, layout, ReadLimits.DEFAULT);
    }

    static SheetGrid read(Path file, SheetLayout layout, ReadLimits limits) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString());
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".ods")) {
            return OdsSheets.read(file, layout, limits);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return XlsxSheets.read(file, layout, limits);
        }
        throw new SpreadsheetFormatException(
                file.getFileName() + ": not a spreadsheet this reader knows (.ods, .xlsx)");
    }

    static SpreadsheetFormatException noSheet(Path file, SheetLayout layout, List<SheetInfo> sheets) {
        String names = Snippet.of(sheets.stream().map(SheetInfo::name).collect(Collectors.joining(", ")));
        return new SpreadsheetFormatException(
                "no " + layout.describe() + " in " + file.getFileName() + " (sheets: " + names + ")");
    }
}
