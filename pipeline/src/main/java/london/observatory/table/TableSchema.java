package london.observatory.table;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * A canonical table's schema as held in {@code schemas/.../observatory/tables/<table>.json}:
 * the single definition both the Parquet writer and the DuckDB publisher follow.
 */
public record TableSchema(
        String table, String description, List<String> partitionedBy, List<String> key, List<ColumnSpec> columns) {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public static final String OBSERVATIONS = "observations";
    public static final String AREAS = "areas";
    public static final String INDICATORS = "indicators";
    public static final String RUNS = "runs";
    public static final String RECONCILIATION = "reconciliation";
    public static final String WARD_BEST_FIT = "ward_best_fit";

    public TableSchema {
        partitionedBy = List.copyOf(partitionedBy);
        key = List.copyOf(key);
        columns = List.copyOf(columns);
    }

    public static TableSchema load(String table) {
        String resource = "observatory/tables/" + table + ".json";
        try (InputStream in = TableSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("table schema not found on the class path: " + resource);
            }
            return JSON.readValue(in, TableSchema.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read table schema " + resource, e);
        }
    }

    public int indexOf(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table + " has no column " + column);
    }
}
