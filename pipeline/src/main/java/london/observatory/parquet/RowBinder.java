package london.observatory.parquet;

/**
 * Turns one row into column values by calling {@link RowWriter} once per column, in the
 * table schema's column order. Implementations should be stateless: one binder serves every writer.
 */
@FunctionalInterface
public interface RowBinder<T> {

    void bind(T row, RowWriter out);
}
