package london.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuarantineTest {

    @TempDir
    Path dataDir;

    @Test
    void noBadRowsLeavesNoFile() {
        Quarantine quarantine = new Quarantine(dataDir, "feed", "run1");
        quarantine.close();

        assertThat(quarantine.count()).isZero();
        assertThat(quarantine.path()).doesNotExist();
    }

    @Test
    void eachBadRowIsKeptWithFileLineReasonAndRawText() throws IOException {
        try (Quarantine quarantine = new Quarantine(dataDir, "feed", "run1")) {
            quarantine.add("offset-0.csv", 7, "OBS_VALUE is not a number: 'ten'", "2024-06,E01000001,298,ten,A");
            quarantine.add("offset-0.csv", 9, "unknown LSOA 2011 code E01999999", "2024-06,E01999999,298,5,A");
            assertThat(quarantine.count()).isEqualTo(2);
        }

        List<String> lines = Files.readAllLines(dataDir.resolve("quarantine/feed/run1.csv"));
        assertThat(lines)
                .containsExactly(
                        "file,line,reason,raw",
                        "offset-0.csv,7,OBS_VALUE is not a number: 'ten',\"2024-06,E01000001,298,ten,A\"",
                        "offset-0.csv,9,unknown LSOA 2011 code E01999999,\"2024-06,E01999999,298,5,A\"");
    }
}
