package london.observatory.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Streams a checked request's rows, and its total row if asked, from the query into the format's sink. */
final class ExtractStream {

    private ExtractStream() {}

    /** The finished file: its rows (total rows included) and SHA-256. */
    record Written(long rows, String sha256) {}

    /** Writes the whole file at {@code file}. */
    static Written write(
            ExtractDatabase database, Vocabularies words, ExtractMetadata metadata, Path file, ExtractProgress progress)
            throws IOException, SQLException {
        ValidRequest request = metadata.request();
        try (RowSink sink = open(request.format(), file, metadata)) {
            ExtractQuery query = new ExtractQuery(database, request, words);
            if (request.total()) {
                CustomTotal total = new CustomTotal(request.areas().size());
                query.run(row -> {
                    total.add(row);
                    sink.write(row);
                    progress.row();
                });
                total.writeTo(sink);
            } else {
                query.run(row -> {
                    sink.write(row);
                    progress.row();
                });
            }
            sink.finish();
            progress.finished();
            String sha256 = sink.sha256();
            return new Written(sink.rows(), sha256 != null ? sha256 : Sha256.of(file));
        }
    }

    private static RowSink open(ExtractFormat format, Path file, ExtractMetadata metadata) throws IOException {
        return switch (format) {
            case CSV -> new CsvSink(file);
            case PARQUET -> new ParquetSink(file, MetadataJson.parquetFooter(metadata));
            case XLSX -> new XlsxSink(file, metadata);
        };
    }
}
