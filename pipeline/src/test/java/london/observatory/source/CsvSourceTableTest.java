package london.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTableTest {

    @TempDir
    Path dir;

    @Test
    void aQuotedLineBreakStaysInOneRowAndLaterRowsKeepTheirLines() throws IOException {
        Path file = write(
                "a.csv", "code,name,count\r\nE1,\"two\r\nlines\",\"29,199\"\r\nE2,plain,5", StandardCharsets.UTF_8);
        List<SourceRow> rows = readAll(file, null);
        assertThat(rows).extracting(SourceRow::line).containsExactly(2L, 4L);
        assertThat(rows.get(0).cells()).containsExactly("E1", "two\r\nlines", "29,199");
        assertThat(rows.get(1).cells()).containsExactly("E2", "plain", "5"); // no final newline: still read
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
        Path file = write("bom.csv", "\uFEFFcode,value\nE1,1\n", StandardCharsets.UTF_8);
        try (CsvSourceTable table = CsvSourceTable.open(file, "auto")) {
            assertThat(table.header()).containsExactly("code", "value");
        }
    }

    @Test
    void aWindows1252FileIsDetectedAndItsPoundSignSurvives() throws IOException {
        Path file = write("cp.csv", "ward,arrears\nSouthwark £ ward,12\n", TextEncoding.WINDOWS_1252);
        assertThat(TextEncoding.detect(file)).isEqualTo(TextEncoding.WINDOWS_1252);
        assertThat(readAll(file, null).get(0).cell(0)).isEqualTo("Southwark £ ward");
    }

    @Test
    void utf8WithoutBomIsDetectedAsUtf8() throws IOException {
        Path file = write("u.csv", "ward,arrears\nSouthwark £ ward,12\n", StandardCharsets.UTF_8);
        assertThat(TextEncoding.detect(file)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(readAll(file, "auto").get(0).cell(0)).isEqualTo("Southwark £ ward");
    }

    @Test
    void aShortRowHasNoCellBeyondItsEndAndIsMarkedCutShort() throws IOException {
        Path file = write("s.csv", "a,b,c\n1,2,3\n1,2\n", StandardCharsets.UTF_8);
        List<SourceRow> rows = readAll(file, "UTF-8");
        assertThat(rows.get(0).problem()).isNull();
        SourceRow cut = rows.get(1);
        assertThat(cut.cell(2)).isNull();
        assertThat(cut.raw()).isEqualTo("1,2");
        assertThat(cut.line()).isEqualTo(3);
        assertThat(cut.problem()).isEqualTo("cut short: 2 of the header's 3 fields");
    }

    @Test
    void aFileEndingMidRowEndsWithThatRowCutShort() throws IOException {
        Path file = write("cut.csv", "code,name,n,m\r\nE1,one,5,6\r\nE2,two,7", StandardCharsets.UTF_8);
        List<SourceRow> rows = readAll(file, "UTF-8");
        assertThat(rows)
                .extracting(SourceRow::line, SourceRow::problem)
                .containsExactly(Tuple.tuple(2L, null), Tuple.tuple(3L, "cut short: 3 of the header's 4 fields"));
    }

    @Test
    void aRecordMayLackTrailingColumnsItsReaderDoesNotNeedButNotOneItNeeds() throws IOException {
        Path file = write("t.csv", "code,N,note,goal\r\nE1,5,x\r\nE2,6\r\nE3\r\nE4,7,y,z\r\n", StandardCharsets.UTF_8);
        List<SourceRow> rows = new ArrayList<>();
        try (CsvSourceTable table = CsvSourceTable.open(file, "UTF-8", List.of("CODE", "n"))) {
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                rows.add(row);
            }
        }

        assertThat(rows)
                .extracting(SourceRow::line, SourceRow::problem)
                .containsExactly(
                        Tuple.tuple(2L, null),
                        Tuple.tuple(3L, null),
                        Tuple.tuple(4L, "cut short: 1 of the header's 4 fields"),
                        Tuple.tuple(5L, null));
        assertThat(rows.get(1).cell(2)).isNull();
    }

    @Test
    void fieldsNeededReachTheLastNeededColumnTheHeaderHas() {
        List<String> header = List.of("a", "b", "c", "d");

        assertThat(CsvSourceTable.fieldsNeeded(header, List.of("b", "A"))).isEqualTo(2);
        assertThat(CsvSourceTable.fieldsNeeded(header, List.of("d"))).isEqualTo(4);
        assertThat(CsvSourceTable.fieldsNeeded(header, List.of("a", "not there")))
                .isEqualTo(1);
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        return Files.writeString(dir.resolve(name), text, charset);
    }

    private static List<SourceRow> readAll(Path file, String encoding) throws IOException {
        List<SourceRow> rows = new ArrayList<>();
        try (CsvSourceTable table = CsvSourceTable.open(file, encoding)) {
            for (SourceRow row = table.next(); row != null; row = table.next()) {
                rows.add(row);
            }
        }
        return rows;
    }
}
