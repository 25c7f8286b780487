package london.observatory.jobs.faults;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import london.observatory.jobs.ObservatoryRun;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * The Insolvency Service's "Individual insolvencies by location" workbook, an XLSX on GOV.UK's asset host;
 * the feed reads its local authority numbers table.
 */
class InsolvencyFaultsIntegrationTests extends FileOverHttpFaults {

    static final String SAMPLE = "insolvency/Individual_insolvencies_by_location_age_and_gender_2023.xlsx";

    @Override
    String feedId() {
        return "insolvency-service-by-location";
    }

    @Override
    String path() {
        return "/media/6543a1b2c3d4e5f6a7b8c9d0/Individual_insolvencies_by_location_age_and_gender_2023.xlsx";
    }

    @Override
    byte[] body() throws IOException {
        return sample(SAMPLE);
    }

    /** The workbook's code column heading reworded: no header row is found. */
    @Override
    byte[] bodyWithRenamedColumn() throws IOException {
        return withHeading("Area code", "Local authority");
    }

    /** {@code from} reworded as {@code to} wherever it is a cell's whole text, in every sheet. */
    byte[] withHeading(String from, String to) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(body()))) {
            workbook.forEach(sheet -> {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        if (cell.getCellType() == CellType.STRING
                                && cell.getStringCellValue().equals(from)) {
                            cell.setCellValue(to);
                        }
                    }
                }
            });
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }

    @Override
    String missingColumn() {
        return "cannot read page-00000.xlsx: no header row in page-00000.xlsx#Table_2: no cell matches "
                + "/(?i)([\\w ]{0,40} )?code/ in a row of two or more cells";
    }

    /** 140 authority rows × 10 years read, 2 types × 33 boroughs × 10 years published. */
    @Override
    String sampleCounts() {
        return "1400\\s+660\\s+0";
    }

    /**
     * The type column reworded: the table still reads, as one measure "all", so no row is one of the
     * descriptor's Bankruptcies or Debt relief orders. Caught at commit, before the swap.
     */
    @Test
    void aRenamedTypeColumnThatLeavesNoRowForAnyIndicatorFailsTheFeedAndKeepsTheLastGoodData() throws Exception {
        stub(file(), ok(body()).withHeader("ETag", "\"v1\""));
        assertThat(run().exitCode()).isZero();
        server.resetAll();
        stub(file(), ok(withHeading("Insolvency type", "Procedure")).withHeader("ETag", "\"v2\""));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .isEqualTo("FAILED " + feedId() + ": read 1400 rows but none gave an "
                        + "observation: each was set aside or matched no indicator (has the source's layout changed?)");
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
        assertThat(outcomes()).containsExactly("ingested", "failed");
        assertThat(Files.readString(dataDir.resolve("state/" + feedId() + ".json")))
                .contains("v1")
                .doesNotContain("v2");
    }

    @Test
    void aWorkbookCutShortWithAWholeHttpAnswerFailsTheFeedSayingItIsNotAWorkbook() throws Exception {
        startFromTheSampleRun(feedId());
        stub(file(), ok(Arrays.copyOf(body(), body().length / 2)));

        ObservatoryRun.Outcome run = run();

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(failureLine(run))
                .startsWith("FAILED " + feedId() + ": cannot read page-00000.xlsx: "
                        + "page-00000.xlsx is not an XLSX file: ");
        assertThat(outcomes()).containsExactly("ingested", "failed");
        assertThat(published()).isEqualTo(sampleObservations(feedId()));
    }
}
