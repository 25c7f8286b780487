package london.observatory.parquet;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;

/**
 * The typed callbacks a {@link RowBinder} writes one row's values through. Columns are addressed
 * by their index in the table schema and must be written in increasing order; a null value
 * leaves the column empty, which is refused for a NOT NULL column.
 */
public final class RowWriter {

    private final String table;
    private final String[] names;
    private final boolean[] required;
    private final BinaryCache cache;
    private RecordConsumer consumer;

    RowWriter(TableSchema schema) {
        List<ColumnSpec> columns = schema.columns();
        this.table = schema.table();
        this.names = new String[columns.size()];
        this.required = new boolean[columns.size()];
        this.cache = new BinaryCache(columns.size());
        for (int i = 0; i < names.length; i++) {
            names[i] = columns.get(i).name();
            required[i] = !columns.get(i).nullable();
        }
    }

    void consumer(RecordConsumer consumer) {
        this.consumer = consumer;
    }

    /** A string of unbounded variety (codes, names). */
    public void string(int column, String value) {
        if (present(column, value)) {
            binary(column, BinaryCache.utf8(value));
        }
    }

    /** A short string that repeats across rows (ids, levels, methods): its bytes are cached. */
    public void repeatedString(int column, String value) {
        if (present(column, value)) {
            binary(column, cache.get(column, value));
        }
    }

    public void int64(int column, Long value) {
        if (present(column, value)) {
            int64(column, value.longValue());
        }
    }

    public void int64(int column, long value) {
        consumer.startField(names[column], column);
        consumer.addLong(value);
        consumer.endField(names[column], column);
    }

    public void float64(int column, Double value) {
        if (present(column, value)) {
            float64(column, value.doubleValue());
        }
    }

    public void float64(int column, double value) {
        consumer.startField(names[column], column);
        consumer.addDouble(value);
        consumer.endField(names[column], column);
    }

    /** DATE: days since 1970-01-01. */
    public void date(int column, LocalDate value) {
        if (present(column, value)) {
            consumer.startField(names[column], column);
            consumer.addInteger(Math.toIntExact(value.toEpochDay()));
            consumer.endField(names[column], column);
        }
    }

    /** TIMESTAMP(MICROS, UTC): microseconds since the epoch. */
    public void timestamp(int column, Instant value) {
        if (present(column, value)) {
            long micros =
                    Math.addExact(Math.multiplyExact(value.getEpochSecond(), 1_000_000L), value.getNano() / 1_000);
            int64(column, micros);
        }
    }

    public void bool(int column, Boolean value) {
        if (present(column, value)) {
            consumer.startField(names[column], column);
            consumer.addBoolean(value);
            consumer.endField(names[column], column);
        }
    }

    private void binary(int column, Binary value) {
        consumer.startField(names[column], column);
        consumer.addBinary(value);
        consumer.endField(names[column], column);
    }

    private boolean present(int column, Object value) {
        if (value != null) {
            return true;
        }
        if (required[column]) {
            throw new IllegalArgumentException(table + "." + names[column] + " is NOT NULL but the row has null");
        }
        return false;
    }
}
