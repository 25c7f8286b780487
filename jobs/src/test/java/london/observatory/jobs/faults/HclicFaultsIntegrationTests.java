package london.observatory.jobs.faults;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * MHCLG H-CLIC detailed local authority tables: an ODS workbook (a ZIP of XML) whose sheet A1 has its
 * measure columns found by their headings.
 */
class HclicFaultsIntegrationTests extends FileOverHttpFaults {

    static final String RELIEF = "Homeless - Relief duty owed";

    @Override
    String feedId() {
        return "mhclg-hclic-initial-assessments";
    }

    @Override
    String path() {
        return "/media/65f0a1b2c3d4e5f6a7b8c9d1/Detailed_LA_202403.ods";
    }

    @Override
    byte[] body() throws IOException {
        return sample("hclic/Detailed_LA_202403.ods");
    }

    /** The relief duty heading reworded in the sheet's XML: the column can no longer be found. */
    @Override
    byte[] bodyWithRenamedColumn() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(body()));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                if (entry.getName().equals("content.xml")) {
                    bytes = bytes(text(bytes).replace(RELIEF, "Homeless - duty to help secure accommodation"));
                }
                zip.putNextEntry(new ZipEntry(entry.getName()));
                zip.write(bytes);
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    @Override
    String missingColumn() {
        return "owed_relief_duty";
    }

    /** 35 authority rows read (33 boroughs and two outside London), 3 indicators × 33 published. */
    @Override
    String sampleCounts() {
        return "35\\s+99\\s+0";
    }
}
