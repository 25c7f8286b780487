package london.observatory.extract;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import london.observatory.table.ColumnSpec;
import london.observatory.table.ResourceIndex;
import london.observatory.table.TableSchema;

/**
 * A small published database, in plain SQL, with the canonical tables (columns from {@code schemas/}) and the
 * shipped views. Five LSOAs in two boroughs:
 *
 * <pre>
 * London E12000007
 *   City of London E09000001: MSOA E02000001 (E01000001, E01000002), ward E05009288
 *   Barking and Dagenham E09000002: MSOA E02000002 (E01000003, E01000004), MSOA E02000003 (E01000005),
 *                                   ward E05014000 (E01000003, E01000004, E01000005)
 * </pre>
 *
 * Indicators: {@code claimants} (count, jobs; LSOA, three months; E01000003 withheld in February, E01000002
 * apportioned in January), {@code overcrowded} (percentage of households with numerator and denominator, housing;
 * census 2021; E01000005 estimated), {@code imd-decile} (decile, population; LSOA), {@code relief-duty} (count,
 * housing; boroughs only, a quarter) and {@code homeless-rate} (rate per 1,000 without parts, housing; boroughs).
 */
final class FixtureDatabase {

    static final String LONDON = "E12000007";
    static final String CITY = "E09000001";
    static final String BARKING = "E09000002";
    static final String RELEASE = "2026-12-07";

    /** Claimants per LSOA (rows) and month (columns); null = withheld. */
    static final Double[][] CLAIMANTS = {
        {10.0, 11.0, 12.0}, {20.0, 21.0, 22.0}, {30.0, null, 32.0}, {40.0, 41.0, 42.0}, {50.0, 51.0, 52.0}
    };

    private FixtureDatabase() {}

    static String lsoa(int i) {
        return String.format("E0100000%d", i);
    }

    static Path create(Path dir) throws SQLException {
        Path file = dir.resolve("observatory.duckdb");
        try (Connection db = DriverManager.getConnection("jdbc:duckdb:" + file)) {
            createTables(db);
            execute(db, AREAS);
            execute(db, WARDS);
            execute(db, INDICATORS);
            execute(db, RUNS);
            execute(db, observations());
            createViews(db);
            execute(db, "CHECKPOINT");
        }
        return file;
    }

    /** The published tables, empty: columns from {@code schemas/}, as the publisher makes them. */
    static void createTables(Connection db) throws SQLException {
        for (String table : List.of("areas", "indicators", "observations", "runs", "ward_best_fit")) {
            execute(db, createTable(TableSchema.load(table)));
        }
    }

    /** The shipped views ({@code observation_rollups}, {@code about}), in their index's order. */
    static void createViews(Connection db) throws SQLException {
        ClassLoader loader = FixtureDatabase.class.getClassLoader();
        for (String view : ResourceIndex.entries(loader, "observatory/views/")) {
            execute(db, ResourceIndex.read(loader, "observatory/views/" + view));
        }
    }

    private static final String AREAS = """
            INSERT INTO areas (code, name, level, msoa21_code, ward_code, lad_code, region_code, population) VALUES
            ('E12000007', 'London', 'region', NULL, NULL, NULL, NULL, 1000),
            ('E09000001', 'City of London', 'lad', NULL, NULL, NULL, 'E12000007', 400),
            ('E09000002', 'Barking and Dagenham', 'lad', NULL, NULL, NULL, 'E12000007', 600),
            ('E02000001', 'City of London 001', 'msoa21', NULL, NULL, 'E09000001', 'E12000007', 400),
            ('E02000002', 'Barking and Dagenham 001', 'msoa21', NULL, NULL, 'E09000002', 'E12000007', 400),
            ('E02000003', 'Barking and Dagenham 002', 'msoa21', NULL, NULL, 'E09000002', 'E12000007', 200),
            ('E05009288', 'Aldersgate', 'ward', NULL, NULL, 'E09000001', 'E12000007', 400),
            ('E05014000', 'Abbey', 'ward', NULL, NULL, 'E09000002', 'E12000007', 600),
            ('E01000001', 'City of London 001A', 'lsoa21', 'E02000001', 'E05009288', 'E09000001', 'E12000007', 200),
            ('E01000002', 'City of London 001B', 'lsoa21', 'E02000001', 'E05009288', 'E09000001', 'E12000007', 200),
            ('E01000003', 'Barking and Dagenham 001A', 'lsoa21', 'E02000002', 'E05014000', 'E09000002', 'E12000007', 200),
            ('E01000004', 'Barking and Dagenham 001B', 'lsoa21', 'E02000002', 'E05014000', 'E09000002', 'E12000007', 200),
            ('E01000005', 'Dagenham, "Heath" – 002A', 'lsoa21', 'E02000003', 'E05014000', 'E09000002', 'E12000007', 200)
            """;
    private static final String WARDS = """
            INSERT INTO ward_best_fit VALUES
            (2022, 'E01000001', 'E05009288'), (2022, 'E01000002', 'E05009288'), (2022, 'E01000003', 'E05014000'),
            (2022, 'E01000004', 'E05014000'), (2022, 'E01000005', 'E05014000')
            """;
    private static final String INDICATORS = """
            INSERT INTO indicators (id, title, theme, description, unit, measure_type, scale, source, publisher,
                                    licence, source_url, native_geography, frequency, next_release, access_tier, feed)
            VALUES
            ('claimants', 'Claimant count', 'jobs', 'People claiming.', 'people', 'count', NULL, 'nomis',
             'Office for National Statistics', 'Open Government Licence v3.0', 'https://www.nomisweb.co.uk/',
             'lsoa21', 'monthly', 'Monthly', 'open', 'feed-claimants'),
            ('overcrowded', 'Overcrowded households', 'housing', 'Occupancy rating -1 or less.', '% of households',
             'percentage', 100, 'nomis', 'Office for National Statistics', 'Open Government Licence v3.0',
             'https://www.nomisweb.co.uk/census', 'lsoa21', 'decennial', '2031 Census', 'open', 'feed-census'),
            ('imd-decile', 'IMD decile', 'population', 'Index of Multiple Deprivation decile.', 'decile', 'decile',
             NULL, 'mhclg', 'Ministry of Housing, Communities and Local Government', 'Open Government Licence v3.0',
             'https://www.gov.uk/imd', 'lsoa11', 'irregular', 'Irregular', 'open', 'feed-imd'),
            ('relief-duty', 'Relief duty owed', 'housing', 'Households owed a relief duty.', 'households', 'count',
             NULL, 'datastore', 'Greater London Authority', 'Open Government Licence v3.0',
             'https://data.london.gov.uk/', 'lad', 'quarterly', 'Quarterly', 'open', 'feed-borough'),
            ('homeless-rate', 'Homeless per 1,000 households', 'housing', 'Rate.', 'per 1,000 households', 'rate',
             1000, 'datastore', 'Greater London Authority', 'Open Government Licence v3.0',
             'https://data.london.gov.uk/', 'lad', 'quarterly', 'Quarterly', 'open', 'feed-borough')
            """;
    private static final String RUNS = """
            INSERT INTO runs (run_id, feed, started_at, finished_at, outcome, source_url, rows_read, rows_written,
                              rows_quarantined, expected_next_release, sample)
            VALUES
            ('20261207T021612948Z', 'feed-claimants', '2026-12-07 02:16:13', '2026-12-07 02:16:15', 'ingested',
             'file:data-samples/claimants.csv', 15, 15, 0, '2027-01-15', true),
            ('20261207T021612948Z', 'feed-census', '2026-12-07 02:16:15', '2026-12-07 02:16:16', 'ingested',
             'https://www.nomisweb.co.uk/census.zip', 5, 5, 0, NULL, false),
            ('20261207T021612948Z', 'feed-imd', '2026-12-07 02:16:16', '2026-12-07 02:16:17', 'ingested',
             'https://www.gov.uk/imd.csv', 5, 5, 0, NULL, false),
            ('20261207T021612948Z', 'feed-borough', '2026-12-07 02:16:17', '2026-12-07 02:16:18', 'ingested',
             'https://data.london.gov.uk/borough.csv', 4, 4, 0, '2027-03-01', false)
            """;

    private static String observations() {
        List<String> rows = new ArrayList<>();
        String[] months = {"2024-01", "2024-02", "2024-03"};
        for (int l = 1; l <= 5; l++) {
            for (int m = 0; m < 3; m++) {
                Double value = CLAIMANTS[l - 1][m];
                String flag = value == null ? "'suppressed'" : l == 2 && m == 0 ? "'apportioned'" : "NULL";
                rows.add(row(
                        "claimants",
                        lsoa(l),
                        "lsoa21",
                        months[m] + "-01",
                        "month",
                        value,
                        null,
                        null,
                        flag,
                        "feed-claimants",
                        months[m]));
            }
            double households = 100.0 * l;
            double crowded = 10.0 * l + 1;
            rows.add(row(
                    "overcrowded",
                    lsoa(l),
                    "lsoa21",
                    "2021-01-01",
                    "census",
                    crowded / households * 100,
                    crowded,
                    households,
                    l == 5 ? "'estimated'" : "NULL",
                    "feed-census",
                    "2021"));
            rows.add(row(
                    "imd-decile",
                    lsoa(l),
                    "lsoa21",
                    "2019-01-01",
                    "year",
                    (double) l,
                    null,
                    null,
                    "NULL",
                    "feed-imd",
                    "2019"));
        }
        rows.add(row(
                "relief-duty",
                CITY,
                "lad",
                "2024-01-01",
                "quarter",
                7.0,
                null,
                null,
                "NULL",
                "feed-borough",
                "quarter-2024-01-01"));
        rows.add(row(
                "relief-duty",
                BARKING,
                "lad",
                "2024-01-01",
                "quarter",
                35.0,
                null,
                null,
                "NULL",
                "feed-borough",
                "quarter-2024-01-01"));
        rows.add(row(
                "homeless-rate",
                CITY,
                "lad",
                "2024-01-01",
                "quarter",
                1.5,
                null,
                null,
                "NULL",
                "feed-borough",
                "quarter-2024-01-01"));
        rows.add(row(
                "homeless-rate",
                BARKING,
                "lad",
                "2024-01-01",
                "quarter",
                2.25,
                null,
                null,
                "NULL",
                "feed-borough",
                "quarter-2024-01-01"));
        return "INSERT INTO observations (indicator_id, area_code, area_level, period_start, period_type, value,"
                + " numerator, denominator, flag, source_area_code, source_geography, method, run_id, feed, period)"
                + " VALUES " + String.join(",\n", rows);
    }

    private static String row(
            String indicator,
            String area,
            String level,
            String start,
            String type,
            Double value,
            Double numerator,
            Double denominator,
            String flag,
            String feed,
            String period) {
        return String.format(
                "('%s', '%s', '%s', DATE '%s', '%s', %s, %s, %s, %s, '%s', '%s', '%s', '20261207T021612948Z', '%s',"
                        + " '%s')",
                indicator,
                area,
                level,
                start,
                type,
                value,
                numerator,
                denominator,
                flag,
                area,
                level,
                flag.contains("apportioned") ? "lsoa11-split" : "direct",
                feed,
                period);
    }

    /** The published DDL: the schema's columns, then observations' partition columns (feed, period). */
    private static String createTable(TableSchema schema) {
        List<String> columns = schema.columns().stream()
                .map(c -> c.name() + " " + sqlType(c) + (c.nullable() ? "" : " NOT NULL"))
                .collect(Collectors.toCollection(ArrayList::new));
        schema.partitionedBy().forEach(p -> columns.add(p + " VARCHAR NOT NULL"));
        return "CREATE TABLE " + schema.table() + " (" + String.join(", ", columns) + ")";
    }

    private static String sqlType(ColumnSpec column) {
        return switch (column.type()) {
            case "string" -> "VARCHAR";
            case "int64" -> "BIGINT";
            case "double" -> "DOUBLE";
            case "date" -> "DATE";
            case "timestamp" -> "TIMESTAMP";
            case "boolean" -> "BOOLEAN";
            default -> throw new IllegalArgumentException(column.type());
        };
    }

    static void execute(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement()) {
            statement.execute(sql);
        }
    }
}
