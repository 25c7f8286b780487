package london.observatory.extract;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type.Repetition;
import org.apache.parquet.schema.Types;

/**
 * Writes {@link ExtractRow}s straight to Parquet's record consumer: the extract's columns as UTF-8 strings and
 * {@code value} as a double (absent when withheld), with the metadata in the footer's key-value pairs. The text
 * columns repeat a few thousand strings, so their UTF-8 bytes are made once and reused.
 */
final class ExtractWriteSupport extends WriteSupport<ExtractRow> {

    static final MessageType SCHEMA = schema();

    /** Beyond this many distinct strings (never reached by the catalogue's text), start the cache afresh. */
    private static final int MAX_CACHED = 100_000;

    private final Map<String, String> footer;
    private final Map<String, Binary> binaries = new HashMap<>();
    private RecordConsumer out;

    ExtractWriteSupport(Map<String, String> footer) {
        // Sorted, never Map.copyOf: an immutable map's iteration order changes from one JVM to the next, and the
        // footer is written in iteration order (found when two runs gave different bytes).
        this.footer = Collections.unmodifiableMap(new TreeMap<>(footer));
    }

    private static MessageType schema() {
        Types.MessageTypeBuilder message = Types.buildMessage();
        for (ExtractColumns.Column column : ExtractColumns.ALL) {
            boolean optional = column.name().equals("value") || column.name().equals("flag");
            Repetition repetition = optional ? Repetition.OPTIONAL : Repetition.REQUIRED;
            if (column.type().equals("number")) {
                message.primitive(PrimitiveTypeName.DOUBLE, repetition).named(column.name());
            } else {
                message.primitive(PrimitiveTypeName.BINARY, repetition)
                        .as(LogicalTypeAnnotation.stringType())
                        .named(column.name());
            }
        }
        return message.named("extract");
    }

    // Hadoop's Configuration appears only in this signature; parquet calls the overload below.
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(SCHEMA, footer);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(SCHEMA, footer);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.out = recordConsumer;
    }

    @Override
    public void write(ExtractRow row) {
        out.startMessage();
        string(0, row.area.code());
        string(1, row.area.name());
        string(2, row.area.level());
        string(3, row.indicator.id());
        string(4, row.indicator.title());
        string(5, row.indicator.unit());
        string(6, row.period);
        if (row.hasValue) {
            out.startField("value", 7);
            out.addDouble(row.value);
            out.endField("value", 7);
        }
        string(8, row.flag);
        string(9, row.method);
        string(10, row.source());
        out.endMessage();
    }

    private void string(int index, String text) {
        if (text == null) {
            return; // an optional column left empty
        }
        String name = ExtractColumns.NAMES[index];
        out.startField(name, index);
        out.addBinary(binary(text));
        out.endField(name, index);
    }

    private Binary binary(String text) {
        Binary binary = binaries.get(text);
        if (binary == null) {
            if (binaries.size() >= MAX_CACHED) {
                binaries.clear();
            }
            binary = Binary.fromConstantByteArray(text.getBytes(StandardCharsets.UTF_8));
            binaries.put(text, binary);
        }
        return binary;
    }
}
