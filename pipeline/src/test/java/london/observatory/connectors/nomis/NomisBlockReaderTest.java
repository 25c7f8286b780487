package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.source.HeaderCheck;
import london.observatory.source.SchemaMismatchException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomisBlockReaderTest {

    private static final List<String> REQUIRED = List.of("DATE", "GEOGRAPHY_CODE", "OBS_VALUE");

    @TempDir
    Path dir;

    @Test
    void readsEveryPageInOrderInBlocksWithTheLineEachRecordStartsOn() throws IOException {
        Path first = write(
                "offset-0.csv",
                "\uFEFFDATE,GEOGRAPHY_CODE,OBS_VALUE\r\n"
                        + "2024-06,E01000001,5\r\n"
                        + "2024-06,\"E01000002\nspans two lines\",10\r\n"
                        + "2024-06,E01000003,15\r\n");
        Path second = write("offset-3.csv", "DATE,GEOGRAPHY_CODE,OBS_VALUE\n2024-06,E01000004,20");

        List<String> seen = new ArrayList<>();
        try (NomisBlockReader reader = new NomisBlockReader("feed", List.of(first, second), REQUIRED, 2)) {
            for (NomisBlock block = reader.next(); block != null; block = reader.next()) {
                for (int i = 0; i < block.size(); i++) {
                    seen.add(block.file() + ":" + block.lines()[i] + ":" + block.records()[i].get(block.columns()[2]));
                }
            }
        }

        assertThat(seen)
                .containsExactly("offset-0.csv:2:5", "offset-0.csv:3:10", "offset-0.csv:5:15", "offset-3.csv:2:20");
    }

    @Test
    void matchesColumnsByNameWhateverTheirPositionAndCase() throws IOException {
        Path page = write("p.csv", "obs_value,Extra,date,geography_code\n7,x,2024-01,E01000009\n");

        try (NomisBlockReader reader = new NomisBlockReader("feed", List.of(page), REQUIRED, 10)) {
            NomisBlock block = reader.next();
            assertThat(block.columns()).containsExactly(2, 3, 0);
            assertThat(block.width()).isEqualTo(4);
            assertThat(reader.next()).isNull();
        }
    }

    @Test
    void aRenamedColumnFailsBeforeAnyRowIsRead() throws IOException {
        Path page = write("offset-0.csv", "DATE,GEOGRAPHY,OBS_VALUE\n2024-06,E01000001,5\n");

        assertThatThrownBy(() -> HeaderCheck.checkAll("nomis-claimant-count", List.of(page), REQUIRED))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessage("nomis-claimant-count: offset-0.csv has no column GEOGRAPHY_CODE "
                        + "(header: DATE,GEOGRAPHY,OBS_VALUE)");
    }

    private Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }
}
