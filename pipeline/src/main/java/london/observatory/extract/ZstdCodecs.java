package london.observatory.extract;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.nio.ByteBuffer;
import org.apache.parquet.bytes.BytesInput;
import org.apache.parquet.compression.CompressionCodecFactory;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;

/**
 * ZSTD pages over zstd-jni for the extract's Parquet file. parquet-java's default codec factory loads Hadoop
 * classes, which are not on the class path at run time (the pipeline's {@code parquet} package has its own
 * factory for the same reason, package-private to it).
 */
final class ZstdCodecs implements CompressionCodecFactory {

    /** zstd's default level: about a third of SNAPPY's size at the same speed (measured for the pipeline). */
    private static final int LEVEL = 3;

    @Override
    public BytesInputCompressor getCompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.ZSTD) {
            throw new UnsupportedOperationException("only ZSTD without Hadoop, not " + codec);
        }
        return new BytesInputCompressor() {
            @Override
            public BytesInput compress(BytesInput bytes) throws IOException {
                return BytesInput.from(Zstd.compress(bytes.toByteArray(), LEVEL));
            }

            @Override
            public CompressionCodecName getCodecName() {
                return CompressionCodecName.ZSTD;
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public BytesInputDecompressor getDecompressor(CompressionCodecName codec) {
        if (codec != CompressionCodecName.ZSTD) {
            throw new UnsupportedOperationException("only ZSTD without Hadoop, not " + codec);
        }
        return new BytesInputDecompressor() {
            @Override
            public BytesInput decompress(BytesInput bytes, int uncompressedSize) throws IOException {
                return BytesInput.from(Zstd.decompress(bytes.toByteArray(), uncompressedSize));
            }

            @Override
            public void decompress(ByteBuffer input, int compressedSize, ByteBuffer output, int uncompressedSize)
                    throws IOException {
                byte[] in = new byte[compressedSize];
                input.get(in);
                output.put(Zstd.decompress(in, uncompressedSize));
            }

            @Override
            public void release() {}
        };
    }

    @Override
    public void release() {
        // Nothing pooled.
    }
}
