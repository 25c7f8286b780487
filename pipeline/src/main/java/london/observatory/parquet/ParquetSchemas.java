package london.observatory.parquet;

import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.LogicalTypeAnnotation.TimeUnit;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/** Derives the Parquet message type from a canonical {@link TableSchema}: the one mapping DuckDB reads back. */
final class ParquetSchemas {

    private ParquetSchemas() {}

    static MessageType messageType(TableSchema schema) {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (ColumnSpec column : schema.columns()) {
            Repetition repetition = column.nullable() ? Repetition.OPTIONAL : Repetition.REQUIRED;
            switch (ColumnType.of(column)) {
                case STRING ->
                    message.primitive(PrimitiveTypeName.BINARY, repetition)
                            .as(LogicalTypeAnnotation.stringType())
                            .named(column.name());
                case INT64 ->
                    message.primitive(PrimitiveTypeName.INT64, repetition).named(column.name());
                case DOUBLE ->
                    message.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
                case DATE ->
                    message.primitive(PrimitiveTypeName.INT32, repetition)
                            .as(LogicalTypeAnnotation.dateType())
                            .named(column.name());
                case TIMESTAMP ->
                    message.primitive(PrimitiveTypeName.INT64, repetition)
                            .as(LogicalTypeAnnotation.timestampType(true, TimeUnit.MICROS))
                            .named(column.name());
                case BOOLEAN ->
                    message.primitive(PrimitiveTypeName.BOOLEAN, repetition).named(column.name());
            }
        }
        return message.named(schema.table());
    }
}
