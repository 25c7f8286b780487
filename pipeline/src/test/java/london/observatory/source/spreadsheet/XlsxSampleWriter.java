package london.observatory.source.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes sample sheets as an XLSX workbook with Apache POI: numbers as numeric cells under "#,##0" or "0.0". */
public final class XlsxSampleWriter {

    private XlsxSampleWriter() {}

    public static void write(Path file, List<SampleSheet> sheets) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            CellStyle whole = workbook.createCellStyle();
            whole.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
            workbook.getProperties().getCoreProperties().setCreated(Optional.of(new Date(946_684_800_000L)));
            for (SampleSheet sample : sheets) {
                XSSFSheet sheet = workbook.createSheet(sample.name);
                for (int r = 0; r < sample.rows.size(); r++) {
                    Object[] cells = sample.rows.get(r);
                    if (cells.length == 0) {
                        continue;
                    }
                    XSSFRow row = sheet.createRow(r);
                    for (int c = 0; c < cells.length; c++) {
                        if (cells[c] instanceof Number number) {
                            XSSFCell cell = row.createCell(c);
                            cell.setCellValue(number.doubleValue());
                            cell.setCellStyle(
                                    number.doubleValue() == Math.rint(number.doubleValue()) ? whole : decimal);
                        } else if (cells[c] != null) {
                            row.createCell(c).setCellValue(cells[c].toString());
                        }
                    }
                }
                for (MergedRange m : sample.merges) {
                    sheet.addMergedRegion(
                            new CellRangeAddress(m.firstRow(), m.lastRow(), m.firstColumn(), m.lastColumn()));
                }
            }
            workbook.write(out);
        }
    }
}
