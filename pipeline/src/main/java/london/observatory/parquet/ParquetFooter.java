package london.observatory.parquet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.apache.parquet.format.FileMetaData;
import org.apache.parquet.format.Util;

/**
 * Reads a Parquet file's footer straight from its bytes: {@code ... <footer> <length:int32 LE> PAR1}.
 * {@code ParquetFileReader.open(InputFile)} cannot be used here: its read options build Hadoop's
 * codec factory eagerly (ParquetReadOptions.Builder → HadoopCodecs), which fails without Hadoop
 * on the class path.
 */
final class ParquetFooter {

    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    private ParquetFooter() {}

    /** The row count the footer declares; fails if the file is torn (no magic, bad length, unparsable footer). */
    static long rowCount(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long size = channel.size();
            if (size < 12 || !magicAt(channel, 0) || !magicAt(channel, size - 4)) {
                throw new IOException(file + " is not a complete Parquet file (magic missing)");
            }
            int length =
                    read(channel, size - 8, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
            if (length <= 0 || length > size - 12) {
                throw new IOException(file + " has an invalid footer length " + length);
            }
            ByteBuffer footer = read(channel, size - 8 - length, length);
            FileMetaData metadata = Util.readFileMetaData(new ByteArrayInputStream(footer.array()));
            return metadata.getNum_rows();
        }
    }

    private static boolean magicAt(FileChannel channel, long position) throws IOException {
        return read(channel, position, 4).equals(ByteBuffer.wrap(MAGIC));
    }

    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                throw new IOException("unexpected end of file at " + (position + buffer.position()));
            }
        }
        return buffer.flip();
    }
}
