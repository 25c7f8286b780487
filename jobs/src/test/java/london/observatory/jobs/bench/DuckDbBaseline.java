package london.observatory.jobs.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.springframework.util.FileSystemUtils;

/**
 * The yardstick: DuckDB doing the pipeline's claimant-count work natively, in one COPY statement.
 *
 * <p>Preparation (exact-fit lookup + census population → per-pair weights and per-LSOA21 method) is a
 * separate, separately timed CREATE TABLE, as the pipeline also loads its geography once per run.
 * The COPY then parses every page, maps Q to null, moves LSOA11 onto LSOA21 (unchanged: direct;
 * split/irregular: population share, largest-remainder rounding; merged: summed) and writes Parquet.
 */
public final class DuckDbBaseline {

    public static final String RUN_ID = "bench-duckdb";

    /**
     * What the COPY writes: one file, as the yardstick asks, or one directory per period
     * ({@code period=yyyy-MM}), which is the layout the pipeline has to write so that a re-run replaces
     * exactly the partitions it owns.
     */
    public enum Output {
        FLAT,
        PARTITIONED
    }

    /** Wall times of the two phases, rows in (CSV data rows) and out (Parquet rows), and the SQL used. */
    public record Result(
            Output layout,
            double prepSeconds,
            double copySeconds,
            long rowsIn,
            long rowsOut,
            long outputBytes,
            long peakHeapBytes,
            String prepSql,
            String copySql) {

        public Timing copyTiming() {
            return new Timing("duckdb " + layout, copySeconds, rowsIn, rowsOut, peakHeapBytes);
        }
    }

    private DuckDbBaseline() {}

    public static Result run(Path fixtureDir, Path outDir, int threads, Output layout)
            throws SQLException, IOException {
        FixturePaths paths = FixturePaths.under(fixtureDir);
        Files.createDirectories(outDir);
        Path output = outDir.toAbsolutePath().resolve(layout == Output.FLAT ? "baseline.parquet" : "baseline");
        FileSystemUtils.deleteRecursively(output);
        String prepSql = prepSql(paths);
        String copySql = copySql(paths, output, layout);

        try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
            // Offline: a missing extension must fail at once instead of trying to download for seconds.
            execute(connection, "SET threads=" + threads);
            execute(connection, "SET autoinstall_known_extensions=false");
            execute(connection, "SET autoload_known_extensions=false");
            // Output row order is irrelevant (a keyed table); not preserving it lets DuckDB stream the COPY.
            execute(connection, "SET preserve_insertion_order=false");
            execute(
                    connection,
                    "SET temp_directory='" + sqlPath(outDir.toAbsolutePath().resolve("duckdb-tmp")) + "'");

            long start = System.nanoTime();
            for (String statement : prepSql.split(";\n")) {
                execute(connection, statement);
            }
            double prepSeconds = (System.nanoTime() - start) / 1e9;

            PeakHeap.reset();
            start = System.nanoTime();
            execute(connection, copySql);
            double copySeconds = (System.nanoTime() - start) / 1e9;
            long peakHeap = PeakHeap.bytes();

            String files = layout == Output.FLAT ? sqlPath(output) : sqlPath(output) + "/*/*.parquet";
            long rowsOut = count(connection, "SELECT count(*) FROM read_parquet('" + files + "')");
            return new Result(
                    layout,
                    prepSeconds,
                    copySeconds,
                    rowsIn(paths),
                    rowsOut,
                    bytes(output),
                    peakHeap,
                    prepSql,
                    copySql);
        }
    }

    static String prepSql(FixturePaths paths) {
        return """
                CREATE TABLE apportion AS
                WITH fit AS (
                  SELECT LSOA11CD AS lsoa11cd, LSOA21CD AS lsoa21cd
                  FROM read_csv('%s', header=true, auto_detect=false,
                       columns={'LSOA11CD':'VARCHAR','LSOA11NM':'VARCHAR','LSOA21CD':'VARCHAR','LSOA21NM':'VARCHAR',
                                'CHGIND':'VARCHAR','LAD22CD':'VARCHAR','LAD22NM':'VARCHAR'})
                ), pop AS (
                  SELECT "geography code" AS lsoa21cd, "Residence type: Total; measures: Value" AS residents
                  FROM read_csv('%s', header=true, auto_detect=false, quote='"',
                       columns={'date':'VARCHAR','geography':'VARCHAR','geography code':'VARCHAR',
                                'Residence type: Total; measures: Value':'BIGINT'})
                )
                SELECT f.lsoa11cd, f.lsoa21cd,
                       p.residents / sum(p.residents) OVER (PARTITION BY f.lsoa11cd) AS weight,
                       count(*) OVER (PARTITION BY f.lsoa11cd) AS targets,
                       count(*) OVER (PARTITION BY f.lsoa21cd) AS sources
                FROM fit f JOIN pop p USING (lsoa21cd);
                CREATE TABLE target AS
                SELECT lsoa21cd,
                       CASE WHEN max(targets) > 1 THEN 'lsoa11-split'
                            WHEN max(sources) > 1 THEN 'lsoa11-merge' ELSE 'direct' END AS method,
                       string_agg(lsoa11cd, '+' ORDER BY lsoa11cd) AS source_area_code
                FROM apportion GROUP BY lsoa21cd""".formatted(sqlPath(paths.lsoa11Lookup()), sqlPath(paths.population()));
    }

    /*
     * Unchanged areas (one source, one target) pass straight through; only the ~3% of rows that touch a
     * split, merge or irregular change go through the window (largest remainder) and the GROUP BY (merge).
     * A merged or irregular LSOA21 is missing when any of its sources is missing (a sum of a partial set
     * would understate); its status_marker is the non-normal status found.
     */
    static String copySql(FixturePaths paths, Path output, Output layout) {
        return """
                COPY (
                  WITH claims AS (
                    SELECT DATE AS period, GEOGRAPHY_CODE AS lsoa11cd, OBS_STATUS AS status,
                           CASE WHEN OBS_STATUS = 'Q' THEN NULL ELSE OBS_VALUE END AS v
                    FROM read_csv('%s/offset-*.csv', header=true, auto_detect=false,
                         columns={'DATE':'VARCHAR','GEOGRAPHY_CODE':'VARCHAR','GEOGRAPHY_TYPECODE':'INTEGER',
                                  'OBS_VALUE':'INTEGER','OBS_STATUS':'VARCHAR','RECORD_OFFSET':'BIGINT',
                                  'RECORD_COUNT':'BIGINT'})
                  ),
                  placed AS (
                    SELECT c.period, c.lsoa11cd, a.lsoa21cd, a.sources, a.targets, c.status, c.v,
                           c.v * a.weight AS share
                    FROM claims c JOIN apportion a ON c.lsoa11cd = a.lsoa11cd
                  ),
                  direct AS (
                    SELECT lsoa21cd, period, v::DOUBLE AS value,
                           CASE WHEN status <> 'A' THEN status END AS status_marker,
                           lsoa11cd AS source_area_code, 'direct' AS method
                    FROM placed WHERE sources = 1 AND targets = 1
                  ),
                  pieces AS (
                    SELECT lsoa21cd, period, status,
                           CASE WHEN targets = 1 THEN v::DOUBLE
                                ELSE floor(share)
                                   + CASE WHEN row_number() OVER (PARTITION BY lsoa11cd, period
                                                                  ORDER BY share - floor(share) DESC, lsoa21cd)
                                               <= v - sum(floor(share)) OVER (PARTITION BY lsoa11cd, period)
                                          THEN 1 ELSE 0 END
                           END AS v
                    FROM placed WHERE sources > 1 OR targets > 1
                  ),
                  grouped AS (
                    SELECT lsoa21cd, period,
                           CASE WHEN count(v) = count(*) THEN sum(v) END AS value,
                           max(status) FILTER (WHERE status <> 'A') AS status_marker
                    FROM pieces GROUP BY lsoa21cd, period
                  ),
                  spine AS (
                    SELECT lsoa21cd, period, value, status_marker, source_area_code, method FROM direct
                    UNION ALL
                    SELECT g.lsoa21cd, g.period, g.value, g.status_marker, t.source_area_code, t.method
                    FROM grouped g JOIN target t USING (lsoa21cd)
                  )
                  SELECT 'claimant-count' AS indicator_id, lsoa21cd AS area_code, 'lsoa21' AS area_level,
                         CAST(period || '-01' AS DATE) AS period_start, 'month' AS period_type, value,
                         NULL::DOUBLE AS numerator, NULL::DOUBLE AS denominator,
                         NULL::DOUBLE AS ci_lower, NULL::DOUBLE AS ci_upper,
                         CASE WHEN value IS NULL THEN 'suppressed'
                              WHEN method = 'lsoa11-split' THEN 'apportioned' END AS flag,
                         status_marker, source_area_code, 'lsoa11' AS source_geography, method,
                         '%s' AS run_id%s
                  FROM spine
                ) TO '%s' (FORMAT parquet, COMPRESSION zstd%s)""".formatted(
                        sqlPath(paths.claimantCountDir()),
                        RUN_ID,
                        layout == Output.FLAT ? "" : ", period",
                        sqlPath(output),
                        layout == Output.FLAT ? "" : ", PARTITION_BY (period)");
    }

    private static long bytes(Path output) throws IOException {
        try (var files = Files.walk(output)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(f -> f.toFile().length())
                    .sum();
        }
    }

    /** Rows in come from the fixture's marker: counting them in SQL would parse the 440 MB a second time. */
    private static long rowsIn(FixturePaths paths) throws IOException {
        if (!Files.isRegularFile(paths.marker())) {
            return -1;
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(paths.marker())) {
            p.load(in);
        }
        return Long.parseLong(p.getProperty("rows", "-1"));
    }

    /** One Statement per call: DuckDB closes a statement after it fails. */
    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String sqlPath(Path path) {
        return path.toAbsolutePath().normalize().toString().replace("'", "''");
    }
}
