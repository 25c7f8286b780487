package london.observatory.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import london.observatory.parquet.LocalParquetBuilder;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;

/**
 * Parquet without Hadoop, as the pipeline writes it: a local file, ZSTD pages, row groups of 16 MB (so the heap
 * holds one group at a time, and DuckDB can read the groups in parallel), and the extract's metadata in the
 * footer. parquet-java writes no timestamp, so the same rows give the same bytes.
 */
final class ParquetSink implements RowSink {

    private static final long ROW_GROUP_BYTES = 16L * 1024 * 1024;

    private final ParquetWriter<ExtractRow> writer;
    private long rows;

    ParquetSink(Path file, Map<String, String> footer) throws IOException {
        this.writer = LocalParquetBuilder.of(file, new ExtractWriteSupport(footer))
                .withRowGroupSize(ROW_GROUP_BYTES)
                .withDictionaryEncoding(true)
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE) // the staged temp file is ours
                .build();
    }

    @Override
    public void write(ExtractRow row) throws IOException {
        writer.write(row);
        rows++;
    }

    @Override
    public void finish() throws IOException {
        writer.close();
    }

    @Override
    public long rows() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        writer.close(); // a second close is a no-op in parquet-java
    }
}
