package london.observatory.extract;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * Streams the rows of a checked request from DuckDB ({@link ExtractSql}) in order of area, indicator and period,
 * into one reused {@link ExtractRow}: a chunk of rows at a time crosses JDBC, nothing is collected.
 */
final class ExtractQuery {

    private final ExtractDatabase database;
    private final ValidRequest request;
    private final Vocabularies words;

    ExtractQuery(ExtractDatabase database, ValidRequest request, Vocabularies words) {
        this.database = database;
        this.request = request;
        this.words = words;
    }

    /** Hands every row to {@code rows}, in order; returns how many. Needs the {@link RequestTables}. */
    long run(RowConsumer rows) throws SQLException, IOException {
        AreasAboveLsoa above = AreasAboveLsoa.of(request);
        try (PreparedStatement query = ExtractSql.prepare(database.connection(), request, above, words);
                ResultSet result = query.executeQuery()) {
            return stream(result, words, rows);
        }
    }

    private long stream(ResultSet result, Vocabularies words, RowConsumer rows) throws SQLException, IOException {
        List<AreaInfo> areas = request.areas();
        List<IndicatorInfo> indicators = request.indicators();
        PeriodLabel periods = new PeriodLabel(words.periodTypes().words());
        Vocabulary flags = words.flags();
        Vocabulary methods = words.methods();
        boolean parts = request.total();
        ExtractRow row = new ExtractRow();
        long count = 0;
        while (result.next()) {
            row.area = areas.get(result.getInt(ExtractSql.AREA));
            row.indicator = indicators.get(result.getInt(ExtractSql.INDICATOR));
            int period = result.getInt(ExtractSql.PERIOD);
            row.period = periods.of(period);
            row.periodOrder = period;
            row.value = result.getDouble(ExtractSql.VALUE);
            row.hasValue = !result.wasNull();
            int textWords = result.getInt(ExtractSql.WORDS);
            row.flag = flags.word(textWords / 1024);
            row.method = methods.word(textWords % 1024);
            if (parts) {
                row.numerator = result.getDouble(ExtractSql.NUMERATOR);
                boolean numerator = !result.wasNull();
                row.denominator = result.getDouble(ExtractSql.DENOMINATOR);
                row.hasParts = numerator && !result.wasNull();
            }
            if (!row.hasValue && row.flag == null) {
                row.flag = Vocabularies.NOT_AVAILABLE; // never an empty value that looks like nothing to say
            }
            rows.accept(row);
            count++;
        }
        return count;
    }

    /** Receives the rows of a query in order. */
    @FunctionalInterface
    interface RowConsumer {
        void accept(ExtractRow row) throws IOException;
    }
}
