package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads one sheet of an Office Open XML workbook (the Insolvency Service's tables) with Apache POI.
 * Formula cells give their cached result, as the publisher saw it; nothing is recalculated.
 */
final class XlsxSheets {

    private XlsxSheets() {}

    static SheetGrid read(Path file, SheetLayout layout) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
                XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
            List<SheetInfo> sheets = new ArrayList<>();
            List<SheetGrid> grids = new ArrayList<>();
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                SheetGrid grid = grid(file.getFileName() + "#" + sheet.getSheetName(), sheet);
                grids.add(grid);
                sheets.add(new SheetInfo(i, sheet.getSheetName(), grid.title()));
            }
            SheetInfo chosen = layout.pick(sheets).orElseThrow(() -> Workbooks.noSheet(file, layout, sheets));
            return grids.get(chosen.index());
        } catch (InvalidFormatException | NotOfficeXmlFileException | POIXMLException e) {
            throw new SpreadsheetFormatException(file.getFileName() + " is not an XLSX file: " + e.getMessage(), e);
        }
    }

    private static SheetGrid grid(String source, XSSFSheet sheet) {
        List<List<SheetCell>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<SheetCell> cells = new ArrayList<>();
            if (row != null) {
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    cells.add(cell(row.getCell(c)));
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
