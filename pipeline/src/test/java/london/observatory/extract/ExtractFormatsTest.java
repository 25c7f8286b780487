package london.observatory.extract;

import static london.observatory.extract.FixtureDatabase.BARKING;
import static london.observatory.extract.FixtureDatabase.RELEASE;
import static london.observatory.extract.FixtureDatabase.lsoa;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import london.observatory.parquet.ZstdCodecFactory;
import org.apache.parquet.ParquetReadOptions;
import org.apache.parquet.column.page.PageReadStore;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.example.data.Group;
import org.apache.parquet.example.data.simple.convert.GroupRecordConverter;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.io.ColumnIOFactory;
import org.apache.parquet.io.LocalInputFile;
import org.apache.parquet.io.RecordReader;
import org.apache.parquet.schema.MessageType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Each format read back by another library: Commons CSV, parquet-java, Apache POI. */
class ExtractFormatsTest {

    @TempDir
    static Path dbDir;

    @TempDir
    Path out;

    private static Extractor extractor;

    @BeforeAll
    static void database() throws Exception {
        extractor = new Extractor(new ExtractSource(FixtureDatabase.create(dbDir), RELEASE));
    }

    private static ExtractRequest request(ExtractFormat format) {
        return ExtractRequest.builder()
                .area(BARKING)
                .area(lsoa(5))
                .format(format)
                .build();
    }

    @Test
    void csvIsUtf8WithAByteOrderMarkQuotedForExcel() throws Exception {
        Path file = extractor
                .write(request(ExtractFormat.CSV), out.resolve("x.csv"))
                .file();

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text)
                .startsWith("\uFEFFarea_code,area_name,area_level,indicator_id,indicator_title,unit,period,"
                        + "value,flag,method,source\r\n");
        assertThat(text).contains("E01000005,\"Dagenham, \"\"Heath\"\" – 002A\",lsoa21,claimants,");
        List<Map<String, String>> rows = ExtractFiles.csv(file);
        assertThat(rows).hasSize(12);
        assertThat(rows.get(4)) // the LSOA's rows come first: rows are in area code order
                .containsEntry("area_name", "Dagenham, \"Heath\" – 002A")
                .containsEntry("indicator_id", "overcrowded")
                .containsEntry("value", "10.2")
                .containsEntry("flag", "estimated");
    }

    @Test
    void parquetHasTheSameColumnsAndItsMetadataInTheFooter() throws Exception {
        ExtractResult result = extractor.write(request(ExtractFormat.PARQUET), out.resolve("x.parquet"));

        ParquetReadOptions options = ParquetReadOptions.builder(new PlainParquetConfiguration())
                .withCodecFactory(ZstdCodecFactory.standard())
                .build();
        List<Group> rows = new ArrayList<>();
        Map<String, String> footer;
        MessageType schema;
        try (ParquetFileReader reader = ParquetFileReader.open(new LocalInputFile(result.file()), options)) {
            footer = reader.getFooter().getFileMetaData().getKeyValueMetaData();
            schema = reader.getFooter().getFileMetaData().getSchema();
            for (PageReadStore group = reader.readNextRowGroup(); group != null; group = reader.readNextRowGroup()) {
                RecordReader<Group> records = new ColumnIOFactory()
                        .getColumnIO(schema)
                        .getRecordReader(group, new GroupRecordConverter(schema));
                for (long i = 0; i < group.getRowCount(); i++) {
                    rows.add(records.read());
                }
            }
        }

        assertThat(schema.getFields()).extracting(f -> f.getName()).containsExactly(ExtractColumns.NAMES);
        assertThat(rows).hasSize(12);
        Group february = rows.get(6); // Barking's claimants in February (after the LSOA's 5 rows): one withheld
        assertThat(february.getString("area_code", 0)).isEqualTo(BARKING);
        assertThat(february.getString("period", 0)).isEqualTo("2024-02");
        assertThat(february.getFieldRepetitionCount("value")).isZero();
        assertThat(february.getString("flag", 0)).isEqualTo("suppressed");
        assertThat(rows.get(5).getDouble("value", 0)).isEqualTo(120.0);
        assertThat(rows.get(5).getFieldRepetitionCount("flag")).isZero();
        assertThat(footer).containsEntry("observatory.release", RELEASE).containsEntry("observatory.sample", "true");
        JsonNode extract = JsonMapper.shared().readTree(footer.get("observatory.extract"));
        assertThat(extract.get("request").get("areas").toString()).isEqualTo("[\"E01000005\",\"E09000002\"]");
        assertThat(extract.get("runs")).hasSize(4);
        assertThat(JsonMapper.shared().readTree(footer.get("observatory.fields")))
                .hasSize(11);
    }

    /**
     * Regression: the footer map came from {@code Map.copyOf}, whose iteration order changes from one JVM to the
     * next, and parquet-java keeps the order it is given (keys sharing a hash bucket), so two runs differed.
     */
    @Test
    void parquetIsTheSameWhateverOrderItsFooterMetadataComesIn() throws Exception {
        Map<String, String> forwards = new LinkedHashMap<>();
        Map<String, String> backwards = new LinkedHashMap<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            keys.add("observatory.key" + i);
        }
        keys.forEach(k -> forwards.put(k, k));
        for (int i = keys.size() - 1; i >= 0; i--) {
            backwards.put(keys.get(i), keys.get(i));
        }

        assertThat(Files.readAllBytes(oneRowParquet(forwards, "f.parquet")))
                .isEqualTo(Files.readAllBytes(oneRowParquet(backwards, "b.parquet")));
    }

    private Path oneRowParquet(Map<String, String> footer, String name) throws Exception {
        Path file = out.resolve(name);
        ExtractRow row = new ExtractRow();
        row.area = new AreaInfo(BARKING, "Barking and Dagenham", "lad");
        row.indicator = new IndicatorInfo(
                "claimants", "Claimant count", "jobs", "d", "people", "count", null, "ONS", "OGL", "u", "n");
        row.period = "2024-01";
        row.method = "direct";
        try (ParquetSink sink = new ParquetSink(file, footer)) {
            sink.write(row);
            sink.finish();
        }
        return file;
    }

    @Test
    void xlsxFollowsTheGssLayoutWithShorthandForMissingValues() throws Exception {
        ExtractResult result = extractor.write(request(ExtractFormat.XLSX), out.resolve("x.xlsx"));

        try (XSSFWorkbook workbook = new XSSFWorkbook(result.file().toFile())) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(List.of(workbook.getSheetName(0), workbook.getSheetName(1), workbook.getSheetName(2)))
                    .containsExactly("Cover_sheet", "Notes", "Table_1");
            XSSFSheet cover = workbook.getSheet("Cover_sheet");
            assertThat(cover.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("SAMPLE DATA: London Social Evidence Observatory extract for 2 areas");
            assertThat(columnA(cover))
                    .contains(
                            "Source",
                            "Release",
                            RELEASE,
                            "Data built",
                            "2026-12-07T02:16:18Z",
                            "Next update",
                            "Licence",
                            "Open Government Licence v3.0");

            XSSFSheet table = workbook.getSheet("Table_1");
            assertThat(table.getRow(0).getCell(0).getStringCellValue()).startsWith("Table 1: ");
            assertThat(table.getRow(2).getCell(7).getStringCellValue()).isEqualTo("value");
            assertThat(table.getTables()).hasSize(1);
            assertThat(table.getTables().get(0).getArea().formatAsString()).isEqualTo("A3:K15");
            // Data from row 4: the LSOA's 5 rows, then Barking's 7.
            assertThat(table.getRow(8).getCell(0).getStringCellValue()).isEqualTo(BARKING);
            assertThat(table.getRow(8).getCell(7).getNumericCellValue()).isEqualTo(120.0);
            assertThat(table.getRow(9).getCell(7).getStringCellValue()).isEqualTo("[c]"); // withheld
            assertThat(table.getRow(9).getCell(8).getStringCellValue()).isEqualTo("suppressed");
            assertThat(table.getRow(12).getCell(7).getStringCellValue()).isEqualTo("[x]"); // a decile: not added up
            assertThat(table.getRow(13).getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(table.getRow(13).getCell(8).getStringCellValue()).isEqualTo("[u] estimated");

            XSSFSheet notes = workbook.getSheet("Notes");
            assertThat(notes.getTables()).hasSize(1);
            assertThat(notes.getRow(3).getCell(1).getStringCellValue()).startsWith("[c] confidential");
            assertThat(workbook.getProperties().getCoreProperties().getCreated())
                    .isEqualTo(java.util.Date.from(java.time.Instant.parse("2026-12-07T02:16:18Z")));
        }
    }

    @Test
    void xlsxZipEntriesCarryNoClock() throws Exception {
        ExtractResult result = extractor.write(request(ExtractFormat.XLSX), out.resolve("t.xlsx"));

        try (ZipFile zip = new ZipFile(result.file().toFile())) {
            List<? extends ZipEntry> entries = zip.stream().toList();
            assertThat(entries).extracting(ZipEntry::getName).contains("docProps/core.xml", "xl/worksheets/sheet3.xml");
            assertThat(entries).extracting(e -> e.getTimeLocal().toString()).containsOnly("1980-01-01T00:00");
            try (InputStream core = zip.getInputStream(zip.getEntry("docProps/core.xml"))) {
                assertThat(new String(core.readAllBytes(), StandardCharsets.UTF_8))
                        .contains(">2026-12-07T02:16:18Z</dcterms:created>");
            }
        }
    }

    private static List<String> columnA(XSSFSheet sheet) {
        List<String> cells = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            cells.add(sheet.getRow(r).getCell(0).getStringCellValue());
        }
        return cells;
    }
}
