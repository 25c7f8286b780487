package london.observatory.jobs.read;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import london.observatory.freshness.FeedStatuses;
import london.observatory.freshness.FeedToday;
import london.observatory.jobs.ObservatoryProperties;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code observatory status [--json] [--check]}: each feed's state today (fresh, due, late or failing), its last run
 * and success, its last upstream change and when its next release is expected, read from the runs recorded in the
 * data directory (a run whose publish failed included). {@code --check} exits 1 when a feed is late or failing, for
 * a monitor.
 */
@Command(
        name = "status",
        description = "Each feed's state today: fresh, due, late or failing.",
        mixinStandardHelpOptions = true)
final class StatusCommand implements Callable<Integer> {

    static final int NEEDS_ATTENTION = 1;
    private static final JsonMapper JSON =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Option(names = "--json", description = "Answer in JSON, for a program.")
    boolean json;

    @Option(names = "--check", description = "Exit 1 when a feed is late or failing (0 otherwise).")
    boolean check;

    private final List<String> settings;
    private final PrintStream out;
    private final Clock clock;

    StatusCommand(List<String> settings, PrintStream out, Clock clock) {
        this.settings = settings;
        this.out = out;
        this.clock = clock;
    }

    record Status(LocalDate today, Map<String, Integer> counts, List<FeedToday> feeds) {}

    @Override
    public Integer call() {
        ObservatoryProperties properties = ReadSettings.bind(settings);
        Path dataDir = properties.dataDir();
        NoReleaseException.unlessRunsAreRecorded(dataDir);
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        List<FeedToday> feeds = FeedToday.all(FeedStatuses.live(dataDir), today);
        Map<String, Integer> counts = FeedToday.counts(feeds);
        if (json) {
            out.println(JSON.writeValueAsString(new Status(today, counts, feeds)));
        } else {
            print(today, counts, feeds, dataDir);
        }
        return check && feeds.stream().anyMatch(FeedToday::needsAttention) ? NEEDS_ATTENTION : 0;
    }

    private void print(LocalDate today, Map<String, Integer> counts, List<FeedToday> feeds, Path dataDir) {
        StringBuilder summary = new StringBuilder();
        counts.forEach((state, n) -> summary.append(summary.isEmpty() ? "" : ", ")
                .append(n)
                .append(' ')
                .append(state));
        out.println("feeds of " + dataDir.toAbsolutePath().normalize() + " on " + today + " (UTC): " + summary);
        String format = "%-38s %-8s %-16s %-9s %-16s %-10s %-10s %s";
        out.println(String.format(
                        format,
                        "feed",
                        "state",
                        "last run (UTC)",
                        "outcome",
                        "last success",
                        "expected",
                        "late from",
                        "")
                .stripTrailing());
        for (FeedToday f : feeds) {
            out.println(String.format(
                            format,
                            f.status().feed(),
                            f.state(),
                            dash(RunTimes.minute(f.status().lastRunAt())),
                            dash(f.status().lastOutcome()),
                            dash(RunTimes.minute(f.status().lastSuccessAt())),
                            dash(f.status().expectedNextRelease()),
                            dash(f.lateFrom()),
                            f.daysLate() == null ? "" : f.daysLate() + " days past expected")
                    .stripTrailing());
            if (f.status().lastMessage() != null) {
                out.println("    " + f.status().lastMessage());
            }
        }
        if (feeds.stream().anyMatch(f -> f.status().sample())) {
            out.println("SAMPLE DATA: feeds read from the repository's sample recordings hold synthetic values.");
        }
    }

    private static String dash(Object value) {
        return value == null ? "-" : value.toString();
    }
}
