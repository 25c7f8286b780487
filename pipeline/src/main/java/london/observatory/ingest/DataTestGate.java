package london.observatory.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import london.observatory.descriptor.FeedDescriptor;

/**
 * The data tests a feed's run must pass before its staged partitions replace the live ones: for each period it
 * staged that also has live data (the last good release's rows of that feed and period, still in place before
 * the swap), the rows and distinct areas must not fall beyond the descriptor's {@code dataTests}. Only those
 * periods are read, so a first run, a new period or a feed whose drops are normal costs nothing.
 */
public final class DataTestGate {

    private static final String PERIOD_PREFIX = "period=";

    private DataTestGate() {}

    /**
     * Throws with the one line an operator reads when a period fell too far.
     *
     * @param stagedRun the run's staging folder, holding {@code period=<p>/} folders
     * @param liveFeedDir the feed's live folder, {@code parquet/observations/feed=<feed>/}
     */
    public static void check(FeedDescriptor feed, Path stagedRun, Path liveFeedDir) {
        if (!feed.dataTests().testsDrops() || !Files.isDirectory(liveFeedDir)) {
            return;
        }
        SortedMap<String, PeriodCounts> staged = new TreeMap<>();
        Map<String, PeriodCounts> lastGood = new HashMap<>();
        try (PartitionCounts counts = new PartitionCounts()) {
            for (Path partition : periods(stagedRun)) {
                String name = partition.getFileName().toString();
                PeriodCounts before = counts.of(liveFeedDir.resolve(name));
                if (before == null) {
                    continue; // a new period: nothing to fall from
                }
                PeriodCounts after = counts.of(partition);
                if (after != null) { // an empty staged partition is dropped, never swapped in
                    String period = name.substring(PERIOD_PREFIX.length());
                    lastGood.put(period, before);
                    staged.put(period, after);
                }
            }
        }
        DropTests.judge(feed.id(), feed.dataTests(), lastGood, staged).ifPresent(line -> {
            throw new IllegalStateException(line);
        });
    }

    private static List<Path> periods(Path stagedRun) {
        if (!Files.isDirectory(stagedRun)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(stagedRun)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> p.getFileName().toString().startsWith(PERIOD_PREFIX))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + stagedRun, e);
        }
    }
}
