package london.observatory.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A ZIP entry inflates within its bounds: a bomb stops near the ratio bound and leaves nothing on disk. */
class ZipBoundsTest {

    @TempDir
    Path dir;

    @Test
    void anEntryOfTheRightSizeIsUnpacked() throws IOException {
        Path zip = zip("census.zip", "data/census2021-ts066-lsoa.csv", "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8));

        Path csv = ZipEntries.extract(zip, "census2021-ts066-lsoa.csv");

        assertThat(csv).hasContent("a,b\n1,2\n");
    }

    @Test
    void aZipBombEntryFailsAtTheRatioBoundAfterInflatingLittleAndLeavesNothingBehind() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("data.csv"));
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros); // 64 MB of zeros: about 64 KB compressed
            }
        }
        long compressed;
        try (ZipFile file = new ZipFile(zip.toFile())) {
            compressed = file.getEntry("data.csv").getCompressedSize();
        }

        RejectedInputException rejected =
                catchThrowableOfType(RejectedInputException.class, () -> ZipEntries.extract(zip, "data.csv"));

        assertThat(rejected)
                .hasMessage(String.format(
                        "file bomb.zip has an entry data.csv that inflates more than 200 times (read limit"
                                + " maxCompressionRatio) its compressed %,d bytes: a ZIP bomb?",
                        compressed));
        assertThat(ReadFailure.message("nomis-census-ts066", zip, rejected))
                .startsWith("nomis-census-ts066: file bomb.zip has an entry data.csv that inflates more than 200");
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left).containsExactly(zip);
        }
    }

    @Test
    void aBombStopsInflatingJustPastTheRatioBound() throws IOException {
        Path zip = dir.resolve("bomb.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("content.xml"));
            byte[] zeros = new byte[1 << 16];
            for (int i = 0; i < 1024; i++) {
                out.write(zeros);
            }
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry("content.xml");
            BoundedEntryStream in = BoundedEntryStream.open(file, entry, "bomb.zip", ReadLimits.DEFAULT);

            assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                    .isInstanceOf(RejectedInputException.class)
                    .hasMessageContaining("(read limit maxCompressionRatio)");
            assertThat(in.bytesRead())
                    .isGreaterThan(ReadLimits.RATIO_GRACE_BYTES)
                    .isLessThanOrEqualTo(entry.getCompressedSize() * 200 + (1 << 16))
                    .isLessThan(64L << 20);
        }
    }

    @Test
    void anEntryLargerThanTheEntryBoundFailsNamingIt() throws IOException {
        byte[] noise = new byte[2 << 20];
        new Random(14).nextBytes(noise); // incompressible: the ratio is no help here, the size is
        Path zip = zip("big.zip", "data.csv", noise);
        ReadLimits oneMegabyte = entryBytes(1 << 20);

        assertThatThrownBy(() -> ZipEntries.extract(zip, "data.csv", oneMegabyte))
                .isInstanceOf(RejectedInputException.class)
                .hasMessage("file big.zip has an entry data.csv that inflates to more than 1,048,576 bytes"
                        + " (read limit maxEntryBytes)");
        assertThat(dir.resolve("big.zip.data.csv")).doesNotExist();
    }

    @Test
    void anEntryNameIsQuotedShortAndEscaped() throws IOException {
        byte[] noise = new byte[1 << 12];
        new Random(14).nextBytes(noise);
        Path zip = zip("names.zip", "\u001B[2J" + "n".repeat(300), noise);

        try (ZipFile file = new ZipFile(zip.toFile());
                InputStream in =
                        BoundedEntryStream.open(file, file.entries().nextElement(), "names.zip", entryBytes(1_000))) {
            assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                    .hasMessageStartingWith("file names.zip has an entry \\x1B[2Jnnn")
                    .hasMessageContaining("... (304 characters) that inflates to more than 1,000 bytes");
        }
    }

    private Path zip(String name, String entry, byte[] content) throws IOException {
        Path zip = dir.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry(entry));
            out.write(content);
        }
        return zip;
    }

    private static ReadLimits entryBytes(long maxEntryBytes) {
        ReadLimits d = ReadLimits.DEFAULT;
        return new ReadLimits(
                d.maxRecordChars(),
                d.maxRowsPerFile(),
                d.maxCellChars(),
                d.maxSheetRows(),
                d.maxSheetCells(),
                maxEntryBytes,
                d.maxWorkbookPartBytes(),
                d.maxCompressionRatio(),
                d.maxJsonBytes(),
                d.maxJsonStringChars(),
                d.maxJsonDepth());
    }
}
