package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileDigestsTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsHashedAsItIsNowEvenAfterAnEarlierVersionWasHashed() throws Exception {
        Path file = dir.resolve("boundaries.geojson");
        Files.writeString(file, "first", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L));
        assertThat(FileDigests.sha256(file)).isEqualTo(sha256("first"));
        assertThat(FileDigests.sha256(dir.resolve(".").resolve("boundaries.geojson")))
                .isEqualTo(sha256("first"));

        Files.writeString(file, "second", StandardCharsets.UTF_8); // longer: another size
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L));
        assertThat(FileDigests.sha256(file)).isEqualTo(sha256("second"));

        Files.writeString(file, "third!", StandardCharsets.UTF_8); // the same size, a later time
        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000L));
        assertThat(FileDigests.sha256(file)).isEqualTo(sha256("third!"));
    }

    private static String sha256(String text) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
