package london.observatory.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParquetFilesTest {

    @TempDir
    Path dataDir;

    @Test
    void aFileAddedRemovedOrReplacedMarksItsPartitionOrTableAndNothingElse() throws Exception {
        write("observations/feed=a/period=2024-01/part-0.parquet", "jan");
        write("observations/feed=a/period=2024-02/part-0.parquet", "feb");
        write("observations/feed=b/period=2024-01/part-0.parquet", "b-jan");
        write("areas/areas.parquet", "areas");
        write("runs/r1__a.parquet", "run");
        write("observations/feed=a/period=2024-01/.part-1.parquet", "a write in progress");
        ParquetFiles before = ParquetFiles.scan(dataDir);

        replace("observations/feed=a/period=2024-02/part-0.parquet", "feb, again"); // renamed into place
        write("observations/feed=b/period=2024-02/part-0.parquet", "b-feb");
        Files.delete(dataDir.resolve("parquet/observations/feed=b/period=2024-01/part-0.parquet"));
        write("runs/r2__a.parquet", "run");
        ParquetChanges changes = ParquetFiles.scan(dataDir).changesSince(before);

        assertThat(before.files()).hasSize(5);
        assertThat(changes.partitions())
                .containsExactly(
                        new ParquetChanges.Partition("a", "2024-02"),
                        new ParquetChanges.Partition("b", "2024-01"),
                        new ParquetChanges.Partition("b", "2024-02"));
        assertThat(changes.tables()).containsExactly("runs");
        assertThat(changes.added()).containsExactly(entry("runs", List.of("runs/r2__a.parquet")));
        assertThat(changes.currentFiles())
                .containsExactly(
                        "observations/feed=a/period=2024-02/part-0.parquet",
                        "observations/feed=b/period=2024-02/part-0.parquet");
        assertThat(ParquetFiles.scan(dataDir)
                        .changesSince(ParquetFiles.scan(dataDir))
                        .isEmpty())
                .isTrue();
    }

    @Test
    void aFileRewrittenWithTheSameSizeAndTimeIsStillSeenByItsNewFileKey() throws Exception {
        write("indicators/indicators.parquet", "same");
        FileTime time = FileTime.from(Instant.parse("2024-06-01T02:00:00Z"));
        Path file = dataDir.resolve("parquet/indicators/indicators.parquet");
        Files.setLastModifiedTime(file, time);
        ParquetFiles before = ParquetFiles.scan(dataDir);

        replace("indicators/indicators.parquet", "same");
        Files.setLastModifiedTime(file, time);

        assertThat(ParquetFiles.scan(dataDir).changesSince(before).tables()).containsExactly("indicators");
    }

    /** Only a per-run table that gained files alone is added to; any other change reloads the table. */
    @Test
    void aPerRunTableIsAddedToOnlyWhenItsOnlyChangeIsNewFiles() throws Exception {
        write("runs/r1__a.parquet", "run");
        write("reconciliation/r1__a.parquet", "reconciled");
        write("indicators/indicators.parquet", "one");
        ParquetFiles before = ParquetFiles.scan(dataDir);

        write("runs/r2__a.parquet", "run");
        write("runs/r2__b.parquet", "run");
        write("reconciliation/r2__a.parquet", "reconciled");
        replace("reconciliation/r1__a.parquet", "reconciled again");
        write("indicators/more.parquet", "two");
        ParquetChanges changes = ParquetFiles.scan(dataDir).changesSince(before);

        assertThat(changes.tables()).containsExactly("indicators", "reconciliation", "runs");
        assertThat(changes.added()).containsExactly(entry("runs", List.of("runs/r2__a.parquet", "runs/r2__b.parquet")));
    }

    @Test
    void theFilesOfSomeFeedsOfAPerRunTableAreThoseNamedForThemAndAnyNamedOtherwise() throws Exception {
        write("runs/r1__a.parquet", "run");
        write("runs/r1__a-b.parquet", "run");
        write("runs/r2__b.parquet", "run");
        write("runs/legacy.parquet", "run");
        write("reconciliation/r1__b.parquet", "reconciled");

        assertThat(ParquetFiles.scan(dataDir).perRunFilesOf("runs", Set.of("b")))
                .containsExactly("runs/legacy.parquet", "runs/r2__b.parquet");
    }

    @Test
    void noParquetFolderIsAnEmptyListing() {
        assertThat(ParquetFiles.scan(dataDir).files()).isEmpty();
    }

    private void write(String path, String content) throws Exception {
        Path file = dataDir.resolve("parquet").resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** As the pipeline replaces a file: a new file renamed over the old one. */
    private void replace(String path, String content) throws Exception {
        Path file = dataDir.resolve("parquet").resolve(path);
        Path next = file.resolveSibling(".next");
        Files.writeString(next, content);
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
