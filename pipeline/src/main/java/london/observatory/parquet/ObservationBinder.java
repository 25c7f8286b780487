package london.observatory.parquet;

import java.util.List;
import london.observatory.observation.Observation;
import london.observatory.table.ColumnSpec;
import london.observatory.table.TableSchema;

/**
 * Binds an {@link Observation} to the columns of observations.json, in file order. {@code feed} and
 * {@code period} are not columns: they are the hive partition directories the row is written under.
 */
public final class ObservationBinder implements RowBinder<Observation> {

    /** The column order this binder writes; checked against the schema so a reordered json fails fast. */
    static final List<String> COLUMNS = List.of(
            "indicator_id",
            "area_code",
            "area_level",
            "period_start",
            "period_type",
            "value",
            "numerator",
            "denominator",
            "ci_lower",
            "ci_upper",
            "flag",
            "status_marker",
            "source_area_code",
            "source_geography",
            "method",
            "run_id",
            "cell_key");

    public static final ObservationBinder INSTANCE = new ObservationBinder();

    private ObservationBinder() {}

    /** Fails unless {@code schema} has exactly the columns this binder writes, in that order. */
    public static TableSchema checkSchema(TableSchema schema) {
        List<String> names = schema.columns().stream().map(ColumnSpec::name).toList();
        if (!names.equals(COLUMNS)) {
            throw new IllegalStateException(
                    "observations.json columns " + names + " differ from the binder's " + COLUMNS);
        }
        return schema;
    }

    @Override
    public void bind(Observation row, RowWriter out) {
        out.repeatedString(0, row.indicatorId());
        out.string(1, row.areaCode());
        out.repeatedString(2, row.areaLevel());
        out.date(3, row.periodStart());
        out.repeatedString(4, row.periodType());
        out.float64(5, row.value());
        out.float64(6, row.numerator());
        out.float64(7, row.denominator());
        out.float64(8, row.ciLower());
        out.float64(9, row.ciUpper());
        out.repeatedString(10, row.flag());
        out.repeatedString(11, row.statusMarker());
        out.string(12, row.sourceAreaCode());
        out.repeatedString(13, row.sourceGeography());
        out.repeatedString(14, row.method());
        out.repeatedString(15, row.runId());
        out.int64(16, row.cellKey());
    }
}
