package london.observatory.parquet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The reference tables are made on every run; a night that changed nothing must leave their files as they were,
 * or the publisher (which compares path, size, time and file key) loads the same rows into the release again.
 */
class SmallTablesTest {

    @TempDir
    Path dataDir;

    @Test
    void theSameRowsLeaveTheFileAsItWasAndNewRowsReplaceIt() throws Exception {
        ParquetLayout layout = new ParquetLayout(dataDir);
        SmallTables tables = new SmallTables(layout);
        Path file = layout.wardBestFitFile();

        assertThat(tables.wardBestFit(rows("E05000001"))).isTrue();
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        Object key = Files.readAttributes(file, BasicFileAttributes.class).fileKey();

        assertThat(tables.wardBestFit(rows("E05000001"))).isFalse();
        assertThat(Files.getLastModifiedTime(file)).isEqualTo(FileTime.fromMillis(1_000_000_000_000L));
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey())
                .isEqualTo(key);
        assertThat(listing(file.getParent())).containsExactly("ward_best_fit.parquet");

        assertThat(tables.wardBestFit(rows("E05000002"))).isTrue();
        assertThat(Files.getLastModifiedTime(file)).isNotEqualTo(FileTime.fromMillis(1_000_000_000_000L));
        assertThat(listing(file.getParent())).containsExactly("ward_best_fit.parquet");
    }

    private static List<Object[]> rows(String ward) {
        return List.of(new Object[] {2022L, "E01000001", ward}, new Object[] {2022L, "E01000002", "E05000009"});
    }

    private static List<String> listing(Path dir) throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
