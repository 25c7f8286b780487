package london.observatory.jobs.read;

import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import london.observatory.jobs.ObservatoryProperties;
import london.observatory.jobs.schedule.ScheduleLog;
import london.observatory.jobs.schedule.ScheduledRun;
import london.observatory.publish.LiveTables;
import london.observatory.table.TableSchema;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code observatory history [--feed <id>] [--last N] [--json]}: the runs recorded per feed, newest first (outcome,
 * rows read, written and quarantined, how long, and why a run failed), from the {@code runs} table of the live
 * store, and the runs the schedule started or skipped.
 */
@Command(
        name = "history",
        description = "The runs recorded per feed, newest first, and the scheduled runs.",
        mixinStandardHelpOptions = true)
final class HistoryCommand implements Callable<Integer> {

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--feed", paramLabel = "ID", description = "Only this feed's runs.")
    String feed;

    @Option(names = "--last", paramLabel = "N", description = "Runs to show, 1 to 10000 (default 20).")
    int last = 20;

    @Option(names = "--json", description = "Answer in JSON, for a program.")
    boolean json;

    private final List<String> settings;
    private final PrintStream out;

    HistoryCommand(List<String> settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** One feed's part in one run. */
    record FeedRun(
            String runId,
            String feed,
            Instant startedAt,
            Instant finishedAt,
            double seconds,
            String outcome,
            long rowsRead,
            long rowsWritten,
            long rowsQuarantined,
            String message) {}

    record History(List<FeedRun> runs, List<ScheduledRun> scheduled) {}

    @Override
    public Integer call() throws SQLException {
        if (last < 1 || last > 10_000) {
            throw new BadRequestException("--last " + last + ": give 1 to 10000 runs");
        }
        ObservatoryProperties properties = ReadSettings.bind(settings);
        Path dataDir = properties.dataDir();
        NoReleaseException.unlessRunsAreRecorded(dataDir);
        List<FeedRun> runs = runs(dataDir);
        if (feed != null && runs.isEmpty()) {
            throw new BadRequestException("--feed " + feed + ": no run of that feed is recorded in " + dataDir);
        }
        List<ScheduledRun> scheduled = new ScheduleLog(dataDir).last(last);
        if (json) {
            out.println(JSON.writeValueAsString(new History(runs, scheduled)));
            return 0;
        }
        String format = "%-16s  %-38s %-9s %8s %10s %10s %11s  %s";
        out.println(String.format(
                        format,
                        "started (UTC)",
                        "feed",
                        "outcome",
                        "seconds",
                        "read",
                        "written",
                        "quarantined",
                        "reason")
                .stripTrailing());
        for (FeedRun r : runs) {
            out.println(String.format(
                            format,
                            RunTimes.minute(r.startedAt()),
                            r.feed(),
                            r.outcome(),
                            String.format("%.1f", r.seconds()),
                            String.format("%,d", r.rowsRead()),
                            String.format("%,d", r.rowsWritten()),
                            String.format("%,d", r.rowsQuarantined()),
                            r.message() == null ? "" : r.message())
                    .stripTrailing());
        }
        if (!scheduled.isEmpty()) {
            out.println();
            out.println("scheduled runs (observatory serve), newest first");
            for (ScheduledRun s : scheduled) {
                out.println(String.format(
                                "%-16s  %-14s exit %-3d %s",
                                RunTimes.minute(s.startedAt()),
                                s.outcome(),
                                s.exitCode(),
                                s.detail() == null ? "" : s.detail())
                        .stripTrailing());
            }
        }
        return 0;
    }

    private List<FeedRun> runs(Path dataDir) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
            LiveTables.load(c, dataDir, List.of(TableSchema.RUNS));
            try (PreparedStatement select = c.prepareStatement("SELECT run_id, feed, started_at, finished_at, outcome,"
                    + " rows_read, rows_written, rows_quarantined, message FROM runs WHERE ? IS NULL OR feed = ?"
                    + " ORDER BY started_at DESC, feed LIMIT ?")) {
                select.setString(1, feed);
                select.setString(2, feed);
                select.setInt(3, last);
                List<FeedRun> runs = new ArrayList<>();
                try (ResultSet r = select.executeQuery()) {
                    while (r.next()) {
                        Instant started = utc(r, 3);
                        Instant finished = utc(r, 4);
                        runs.add(new FeedRun(
                                r.getString(1),
                                r.getString(2),
                                started,
                                finished,
                                Duration.between(started, finished).toMillis() / 1000.0,
                                r.getString(5),
                                r.getLong(6),
                                r.getLong(7),
                                r.getLong(8),
                                r.getString(9)));
                    }
                }
                return runs;
            }
        }
    }

    private static Instant utc(ResultSet row, int column) throws SQLException {
        return row.getObject(column, LocalDateTime.class).toInstant(ZoneOffset.UTC);
    }
}
