package london.observatory.parquet;

import java.util.Map;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.MessageType;

/** Writes rows straight to the record consumer through a {@link RowBinder}: no intermediate record object. */
final class BinderWriteSupport<T> extends WriteSupport<T> {

    private final MessageType messageType;
    private final Map<String, String> footerMetadata;
    private final RowBinder<T> binder;
    private final RowWriter rowWriter;
    private RecordConsumer consumer;

    BinderWriteSupport(
            MessageType messageType, Map<String, String> footerMetadata, RowBinder<T> binder, RowWriter rowWriter) {
        this.messageType = messageType;
        this.footerMetadata = Map.copyOf(footerMetadata);
        this.binder = binder;
        this.rowWriter = rowWriter;
    }

    // Hadoop's Configuration appears only in this signature; parquet calls the overload below.
    @Override
    public WriteContext init(Configuration configuration) {
        return new WriteContext(messageType, footerMetadata);
    }

    @Override
    public WriteContext init(ParquetConfiguration configuration) {
        return new WriteContext(messageType, footerMetadata);
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
        this.consumer = recordConsumer;
        rowWriter.consumer(recordConsumer);
    }

    @Override
    public void write(T row) {
        consumer.startMessage();
        binder.bind(row, rowWriter);
        consumer.endMessage();
    }
}
