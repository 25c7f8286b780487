package london.observatory.jobs;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Consumer;
import london.observatory.jobs.failure.StartupFailure;
import london.observatory.jobs.read.ReadCommands;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs {@code observatory nightly} in this JVM the way the command line does (same application, same
 * arguments), on the made-up London of the tests ({@link #nightly}) or as the README runs it on the real
 * London geography and data-samples ({@link #defaultRun}), and reads the published database.
 */
public final class ObservatoryRun {

    public static final String FEED = "nomis-claimant-count";
    /** The feed ids that run every feed in the catalogue. */
    public static final String ALL_FEEDS = "";

    private ObservatoryRun() {}

    /** What a run printed and the exit code it would give the shell. */
    public record Outcome(int exitCode, String output) {}

    /** What a read command printed on standard output and standard error, and its exit code. */
    public record Answer(int exitCode, String out, String err) {}

    /**
     * {@code observatory <args>} for a read command ({@code search}, {@code extract}) on {@code dataDir}, as the
     * command line runs it: without the application.
     */
    public static Answer read(Path dataDir, String... args) {
        return read(dataDir, 0, args);
    }

    /** As {@link #read(Path, String...)}, with an extract's progress line every {@code progressEvery} rows. */
    public static Answer read(Path dataDir, long progressEvery, String... args) {
        return read(dataDir, progressEvery, Clock.systemUTC(), args);
    }

    /** As {@link #read(Path, String...)}, on {@code clock} ("today" for {@code status}). */
    public static Answer read(Path dataDir, Clock clock, String... args) {
        return read(dataDir, 0, clock, args);
    }

    private static Answer read(Path dataDir, long progressEvery, Clock clock, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--observatory.data-dir=" + dataDir);
        all.add("--observatory.base-dir=" + repoRoot());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = ReadCommands.run(
                all.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                progressEvery,
                clock);
        return new Answer(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    public static Path repoRoot() {
        return Path.of(System.getProperty("observatory.repo.root"));
    }

    /**
     * The README's run, {@code observatory nightly} with its defaults (the real London geography and the
     * samples in data-samples/), with the given data directory, running only {@code feeds} (comma-separated
     * ids; {@link #ALL_FEEDS} for the whole catalogue).
     */
    public static List<String> defaultArguments(Path dataDir, String feeds) {
        return new ArrayList<>(List.of(
                "--observatory.data-dir=" + dataDir,
                "--observatory.feed-ids=" + feeds,
                "--observatory.base-dir=" + repoRoot(),
                "--observatory.http.retry-delay=10ms"));
    }

    /** {@code observatory nightly} as the README runs it, with {@code extra} arguments replacing its own. */
    public static Outcome defaultRun(Path dataDir, String feeds, String... extra) {
        return defaultRun(null, dataDir, feeds, extra);
    }

    /** As {@link #defaultRun(Path, String, String...)}, "now" from {@code clock} (null: the system's). */
    public static Outcome defaultRun(Clock clock, Path dataDir, String feeds, String... extra) {
        return nightlyWith(clock, withOverrides(defaultArguments(dataDir, feeds), List.of(extra)));
    }

    /**
     * Arguments pointing the geography at the made-up London of the tests (pipeline's test resources
     * {@code made-up-london}: every kind of boundary change on a few hundred areas, so counts are small and
     * exact) and the claimant count feed at its recording there, with the given data directory. Only that
     * feed runs. Made-up London has no boundary file, so its releases have no map boundaries.
     */
    public static List<String> sampleArguments(Path dataDir) {
        Path madeUp = repoRoot().resolve("pipeline/src/test/resources/made-up-london");
        Path geography = madeUp.resolve("geography");
        List<String> args = defaultArguments(dataDir, FEED);
        args.addAll(List.of(
                "--observatory.geography.lsoa21-lookup=" + geography.resolve("lsoa21_msoa21_lad22.csv"),
                "--observatory.geography.lsoa11-lookup=" + geography.resolve("lsoa11_lsoa21_lad22_exactfit.csv"),
                "--observatory.geography.ward-lookup=" + geography.resolve("lsoa21_ward22_bestfit.csv"),
                "--observatory.geography.population=" + geography.resolve("census2021-ts001-lsoa.csv"),
                "--observatory.geography.population-code-column=geography code",
                "--observatory.geography.population-value-column=Residence type: Total; measures: Value",
                "--observatory.geography.postcode-directory=" + geography.resolve("nspl_sample.csv"),
                // no boundary file has the made-up codes: these releases have no map boundaries
                "--observatory.geography.lsoa21-boundaries=",
                "--observatory.geography.older-ward-lookups=" + geography.resolve("lsoa11_ward18_bestfit.csv") + ","
                        + geography.resolve("lsoa11_ward14_bestfit.csv"),
                "--observatory.feeds." + FEED + ".url="
                        + madeUp.resolve("claimant-count").toUri()));
        return args;
    }

    public static Outcome nightly(Path dataDir, String... extra) {
        return nightly(null, dataDir, extra);
    }

    /**
     * As {@link #nightly(Path, String...)}, with "now" read from {@code clock} (null: the system clock). The
     * clock is registered before the application's beans are defined, so it stands in for the application's
     * own (which backs off when a clock is already there): a test can set a time relative to the run's "now"
     * without racing the time the application takes to start.
     */
    public static Outcome nightly(Clock clock, Path dataDir, String... extra) {
        return nightlyWith(clock, withOverrides(sampleArguments(dataDir), List.of(extra)));
    }

    /**
     * {@code observatory nightly} with exactly these arguments, none of the samples' added: for a run whose
     * settings come from elsewhere (a profile), which the samples' geography arguments would override.
     */
    public static Outcome nightlyWith(Clock clock, List<String> arguments) {
        return commandWith(clock, List.of("nightly"), arguments, line -> {});
    }

    /**
     * A job command ({@code words}: {@code nightly}, {@code run <feed>}, {@code backfill <feed> --from … --to …})
     * on the made-up London of {@code dataDir} ({@link #sampleArguments}), with {@code extra} arguments replacing
     * its own.
     */
    public static Outcome command(Path dataDir, List<String> words, String... extra) {
        return commandWith(null, words, withOverrides(sampleArguments(dataDir), List.of(extra)), line -> {});
    }

    /**
     * {@code observatory <words> <arguments>} as the command line runs a job command, with "now" from {@code clock}
     * (null: the system's); {@code eachLine} is given each line of standard output as it is printed (a test
     * waiting for a run to say something while it runs on another thread).
     */
    public static Outcome commandWith(
            Clock clock, List<String> words, List<String> arguments, Consumer<String> eachLine) {
        List<String> args = new ArrayList<>(words);
        args.addAll(arguments);
        SpringApplication application = new SpringApplication(ObservatoryApplication.class);
        if (clock != null) {
            application.addInitializers(context -> context.getBeanFactory().registerSingleton("testClock", clock));
        }
        PrintStream original = System.out;
        Lines captured = new Lines(eachLine);
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            int exit = SpringApplication.exit(context);
            return new Outcome(exit, captured.text());
        } finally {
            System.setOut(original);
            original.print(captured.text());
        }
    }

    /**
     * {@code observatory nightly} expected to fail before it runs (a bad setting): what it printed on standard
     * output and error together, and the exit code the command line's main method gives for that failure.
     */
    public static Outcome failedStart(Path dataDir, String... extra) {
        return failedStart(List.of("nightly"), withOverrides(sampleArguments(dataDir), List.of(extra)));
    }

    /** A job command expected to fail before it runs (written wrongly, refused by the lock, a bad setting). */
    public static Outcome failedStart(List<String> words, List<String> arguments) {
        List<String> args = new ArrayList<>(words);
        args.addAll(arguments);
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setOut(both);
        System.setErr(both);
        try (ConfigurableApplicationContext context =
                new SpringApplication(ObservatoryApplication.class).run(args.toArray(String[]::new))) {
            throw new AssertionError("the run started: " + captured.toString(StandardCharsets.UTF_8));
        } catch (RuntimeException failure) {
            return new Outcome(StartupFailure.of(failure).exitCode(), captured.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
            out.print(captured.toString(StandardCharsets.UTF_8));
        }
    }

    /** Everything printed, and each line handed on as it ends. */
    private static final class Lines extends OutputStream {

        private final ByteArrayOutputStream all = new ByteArrayOutputStream();
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        private final Consumer<String> eachLine;

        Lines(Consumer<String> eachLine) {
            this.eachLine = eachLine;
        }

        @Override
        public synchronized void write(int b) {
            all.write(b);
            if (b == '\n') {
                eachLine.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        synchronized String text() {
            return all.toString(StandardCharsets.UTF_8);
        }
    }

    /** {@code base} with every argument whose property {@code overrides} sets again replaced by that one. */
    public static List<String> withOverrides(List<String> base, List<String> overrides) {
        List<String> args = new ArrayList<>();
        for (String arg : base) {
            String key = arg.substring(0, arg.indexOf('=') + 1);
            if (overrides.stream().noneMatch(o -> o.startsWith(key))) {
                args.add(arg);
            }
        }
        args.addAll(overrides);
        return args;
    }

    /** Rows of a query on the published database, each row's values joined with '|'. */
    public static List<String> query(Path dataDir, String sql) throws SQLException {
        return queryFile(dataDir.resolve("observatory.duckdb"), sql);
    }

    /** Rows of a query on the DuckDB file {@code database}, opened read-only. */
    public static List<String> queryFile(Path database, String sql) throws SQLException {
        Properties readOnly = new Properties();
        readOnly.setProperty("duckdb.read_only", "true");
        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + database, readOnly);
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery(sql)) {
            ResultSetMetaData meta = r.getMetaData();
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    row.append(i > 1 ? "|" : "").append(r.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** Every observation, in key order, with everything but the run id. */
    public static List<String> observations(Path dataDir) throws SQLException {
        return query(
                dataDir,
                "SELECT indicator_id, area_code, area_level, period_start, period_type, value, flag, "
                        + "status_marker, source_area_code, source_geography, method, feed, period FROM observations "
                        + "ORDER BY indicator_id, area_code, period_start");
    }
}
