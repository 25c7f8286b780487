package london.observatory.parquet;

import java.nio.file.Path;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;

/**
 * A {@link ParquetWriter} builder for a local file without Hadoop at run time: a plain configuration (the
 * default one loads Hadoop) and ZSTD pages through {@link ZstdCodecFactory}. The pipeline's tables and the
 * extracts' Parquet files are both written with it; each sets its own row groups, dictionaries and write mode.
 */
public final class LocalParquetBuilder<T> extends ParquetWriter.Builder<T, LocalParquetBuilder<T>> {

    private final WriteSupport<T> support;

    private LocalParquetBuilder(Path file, WriteSupport<T> support) {
        super(new LocalOutputFile(file));
        this.support = support;
    }

    /** Writes {@code file} with {@code support}, ZSTD-compressed unless the caller says otherwise. */
    public static <T> LocalParquetBuilder<T> of(Path file, WriteSupport<T> support) {
        return new LocalParquetBuilder<>(file, support)
                .withConf(new PlainParquetConfiguration())
                .withCodecFactory(ZstdCodecFactory.standard())
                .withCompressionCodec(CompressionCodecName.ZSTD);
    }

    @Override
    protected LocalParquetBuilder<T> self() {
        return this;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(Configuration conf) {
        return support;
    }

    @Override
    protected WriteSupport<T> getWriteSupport(ParquetConfiguration conf) {
        return support;
    }
}
