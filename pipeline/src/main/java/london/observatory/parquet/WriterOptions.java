package london.observatory.parquet;

/**
 * How Parquet files are written. The row group size matters for readers: DuckDB parallelises a
 * scan per row group, and parquet-java's default would put a whole file in one.
 *
 * @param rowGroupBytes target row group size (buffered in memory per open writer)
 * @param zstd          ZSTD pages (about a third of SNAPPY's size at the same speed); false = uncompressed
 */
public record WriterOptions(long rowGroupBytes, boolean zstd) {

    public static final long DEFAULT_ROW_GROUP_BYTES = 32L * 1024 * 1024;
    public static final WriterOptions DEFAULT = new WriterOptions(DEFAULT_ROW_GROUP_BYTES, true);

    public WriterOptions {
        if (rowGroupBytes < 1024) {
            throw new IllegalArgumentException("row group size too small: " + rowGroupBytes);
        }
    }

    public WriterOptions withRowGroupBytes(long bytes) {
        return new WriterOptions(bytes, zstd);
    }
}
