package london.observatory.parquet;

import java.time.Instant;
import java.time.LocalDate;
import london.observatory.table.TableSchema;

/**
 * Binds {@code Object[]} rows of the small tables (areas, indicators, runs): one value per schema
 * column, as String, Long, Double, LocalDate, Instant, Boolean or null. Not for the hot path.
 */
public final class ArrayRowBinder implements RowBinder<Object[]> {

    private final TableSchema schema;
    private final ColumnType[] types;

    public ArrayRowBinder(TableSchema schema) {
        this.schema = schema;
        this.types = schema.columns().stream().map(ColumnType::of).toArray(ColumnType[]::new);
    }

    @Override
    public void bind(Object[] row, RowWriter out) {
        if (row.length != types.length) {
            throw new IllegalArgumentException(
                    schema.table() + " has " + types.length + " columns, row has " + row.length);
        }
        for (int i = 0; i < types.length; i++) {
            bindValue(i, row[i], out);
        }
    }

    private void bindValue(int i, Object value, RowWriter out) {
        try {
            switch (types[i]) {
                case STRING -> out.string(i, (String) value);
                case INT64 -> out.int64(i, value == null ? null : ((Number) value).longValue());
                case DOUBLE -> out.float64(i, value == null ? null : ((Number) value).doubleValue());
                case DATE -> out.date(i, (LocalDate) value);
                case TIMESTAMP -> out.timestamp(i, (Instant) value);
                case BOOLEAN -> out.bool(i, (Boolean) value);
            }
        } catch (ClassCastException e) {
            throw new IllegalArgumentException(
                    schema.table() + "." + schema.columns().get(i).name() + " is " + types[i] + " but the row holds a "
                            + value.getClass().getSimpleName(),
                    e);
        }
    }
}
