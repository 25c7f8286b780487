package london.observatory.connectors.nomis;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NomisPageReaderTest {

    private final NomisPageReader reader = new NomisPageReader();

    @TempDir
    Path dir;

    @Test
    void quotedLineBreakIsOneRowAndByteOrderMarkIsIgnored() throws Exception {
        Path page = Path.of(
                getClass().getResource("/fixtures/nomis/bom-quoted-newline.csv").toURI());

        assertThat(reader.count(page)).isEqualTo(new NomisPageReader.PageCount(2, OptionalLong.of(2)));
    }

    @Test
    void headerOnlyPageHasNoRowsAndNoRecordCount() throws Exception {
        Path page = Path.of(
                getClass().getResource("/fixtures/nomis/header-only.csv").toURI());

        assertThat(reader.count(page)).isEqualTo(new NomisPageReader.PageCount(0, OptionalLong.empty()));
    }

    @Test
    void lowerCaseHeaderIsAccepted() throws Exception {
        Path page = Files.writeString(dir.resolve("p.csv"), "date,obs_value,record_count\n2024-06,5,1\n");

        assertThat(reader.count(page).recordCount()).hasValue(1);
    }

    @Test
    void aPageWithoutRecordCountIsCountedWithNoTotal() throws Exception {
        // a select without record_count is a valid query: the walk then pages by page size
        Path page = Files.writeString(dir.resolve("p.csv"), "DATE,OBS_VALUE\n2024-06,5\n2024-07,6\n");

        assertThat(reader.count(page)).isEqualTo(new NomisPageReader.PageCount(2, OptionalLong.empty()));
    }
}
