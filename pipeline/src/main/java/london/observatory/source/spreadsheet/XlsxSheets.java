package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import london.observatory.source.BoundedEntryStream;
import london.observatory.source.ReadLimits;
import london.observatory.source.RejectedInputException;
import london.observatory.source.Snippet;
import london.observatory.source.spreadsheet.SheetLayout.SheetInfo;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an Office Open XML workbook (the Insolvency Service's tables) with Apache POI.
 * Formula cells give their cached result, as the publisher saw it; nothing is recalculated.
 *
 * <p>POI holds every part of the workbook in memory, so before it opens the file each part is inflated once
 * and counted against {@link ReadLimits#maxWorkbookPartBytes()} and the compression ratio; the grid then
 * holds at most {@link ReadLimits#maxSheetCells()} cells of at most {@link ReadLimits#maxCellChars()}.
 */
final class XlsxSheets {

    private XlsxSheets() {}

    static SheetGrid read(Path file, SheetLayout layout, ReadLimits limits) throws IOException {
        checkParts(file, limits);
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            List<SheetInfo> sheets = new ArrayList<>();
            List<SheetGrid> grids = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                SheetGrid grid = grid(file.getFileName() + "#" + sheet.getSheetName(), sheet, limits);
                grids.add(grid);
                sheets.add(new SheetInfo(i, sheet.getSheetName(), grid.title()));
            }
            SheetInfo chosen = layout.pick(sheets).orElseThrow(() -> Workbooks.noSheet(file, layout, sheets));
            return grids.get(chosen.index());
        } catch (InvalidFormatException | NotOfficeXmlFileException | POIXMLException e) {
            throw new SpreadsheetFormatException(
                    file.getFileName() + " is not an XLSX file: " + Snippet.of(innermostMessage(e)), e);
        }
    }

    /**
     * What went wrong, in the words of the exception that found it: POI wraps a part's XML error in an
     * exception whose message is the cause's class and message ({@code org.apache.xmlbeans.XmlException: ...}).
     */
    private static String innermostMessage(Throwable e) {
        String message = e.getMessage();
        for (Throwable t = e.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
            }
        }
        return String.valueOf(message);
    }

    /** Inflates every part once, counting: a ZIP bomb or an outsized sheet fails here, before POI holds it. */
    private static void checkParts(Path file, ReadLimits limits) throws IOException {
        String name = file.getFileName().toString();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                try (InputStream part = BoundedEntryStream.open(
                        zip,
                        entries.nextElement(),
                        name,
                        limits.maxWorkbookPartBytes(),
                        "maxWorkbookPartBytes",
                        limits)) {
                    part.transferTo(OutputStream.nullOutputStream());
                }
            }
        } catch (ZipException e) {
            throw new SpreadsheetFormatException(name + " is not an XLSX file: " + Snippet.of(e.getMessage()), e);
        }
    }

    private static SheetGrid grid(String source, XSSFSheet sheet, ReadLimits limits) throws RejectedInputException {
        List<List<SheetCell>> rows = new ArrayList<>();
        long held = 0;
        // A row numbered in the billions (<row r="2000000000">) would have the grid step through every number
        // before it; no spreadsheet application writes one past its own limit.
        if (sheet.getLastRowNum() >= limits.maxSheetRows()) {
            throw new RejectedInputException(
                    source,
                    String.format(
                            Locale.ROOT,
                            "has a row numbered %,d, past %s",
                            sheet.getLastRowNum() + 1L,
                            ReadLimits.name("maxSheetRows", limits.maxSheetRows(), "rows")));
        }
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<SheetCell> cells = new ArrayList<>();
            if (row != null) {
                int width = Math.max(0, row.getLastCellNum());
                held += width;
                limits.checkSheetCells(source, held, r + 1);
                for (int c = 0; c < width; c++) {
                    SheetCell cell = cell(source, r, c, row.getCell(c));
                    if (cell.text().length() > limits.maxCellChars()) {
                        throw new RejectedInputException(
                                source,
                                String.format(
                                        Locale.ROOT,
                                        "row %,d has a cell longer than %s",
                                        r + 1,
                                        ReadLimits.name("maxCellChars", limits.maxCellChars(), "characters")));
                    }
                    cells.add(cell);
                }
            }
            rows.add(cells);
        }
        List<MergedRange> merges = new ArrayList<>();
        for (CellRangeAddress merge : sheet.getMergedRegions()) {
            merges.add(new MergedRange(
                    merge.getFirstRow(), merge.getLastRow(), merge.getFirstColumn(), merge.getLastColumn()));
        }
        return new SheetGrid(source, rows, merges);
    }

    /** The cell as text or a number; a cell whose stored value contradicts its type is refused, naming it. */
    private static SheetCell cell(String source, int row, int column, Cell cell) throws RejectedInputException {
        try {
            return cell(cell);
        } catch (IllegalStateException | NumberFormatException e) {
            // POI's getters throw these for a number cell holding text (<c t="n"><v>abc</v>)
            throw new RejectedInputException(
                    source,
                    String.format(
                            Locale.ROOT,
                            "row %,d column %s: a cell whose value is not of its type (%s)",
                            row + 1,
                            CellReference.convertNumToColString(column),
                            Snippet.of(String.valueOf(e.getMessage()))));
        }
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.BLANK;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? SheetCell.text(
                                cell.getLocalDateTimeCellValue().toLocalDate().toString())
                        : SheetCell.number(cell.getNumericCellValue());
            case STRING -> SheetCell.text(cell.getRichStringCellValue().getString());
            case BOOLEAN -> SheetCell.text(cell.getBooleanCellValue() ? "TRUE" : "FALSE");
            case ERROR ->
                SheetCell.text(FormulaError.forInt(cell.getErrorCellValue()).getString());
            default -> SheetCell.BLANK;
        };
    }
}
