package london.observatory.jobs.command;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import london.observatory.period.PeriodSpan;

/**
 * The job the command line asks for: {@code nightly} (the feeds of {@code observatory.feed-ids}, or all),
 * {@code run <feed>} (one feed, now, as the nightly run would) or {@code backfill <feed> --from <period>
 * --to <period>} (one feed fetched again in full, only its periods in the range committed). {@code --wait} waits
 * for the data directory's lock instead of being refused. Read from the raw arguments: Spring's own reading takes
 * {@code --from 2023-01} for an option without a value followed by a stray word. Settings
 * ({@code --observatory.…=…}) are left to Spring.
 *
 * @param feed the feed of {@code run} and {@code backfill}; null for {@code nightly}
 * @param periods the days a backfill's periods start in; null but for {@code backfill}
 */
public record JobCommand(Kind kind, String feed, PeriodSpan periods, boolean waitForLock) {

    public enum Kind {
        NIGHTLY,
        RUN,
        BACKFILL;

        /** As the command line writes it: {@code nightly}, {@code run}, {@code backfill}. */
        public String word() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static final String USAGE = "usage: observatory nightly | run <feed> | backfill <feed> --from <period>"
            + " --to <period>, each with [--wait] [--observatory.<setting>=<value> ...]";

    /** A nightly run of the configured feeds: what an application started without a command would build. */
    public static final JobCommand NIGHTLY = new JobCommand(Kind.NIGHTLY, null, null, false);

    /**
     * The job command {@code args} name; empty when their first word names none (no word: the application was
     * started for something else; another word: the command reports the usage). Throws {@link UsageException} for a
     * job command written wrongly.
     */
    public static Optional<JobCommand> of(String... args) {
        Words words = Words.of(args);
        Optional<Kind> kind = words.list.isEmpty()
                ? Optional.empty()
                : Arrays.stream(Kind.values())
                        .filter(k -> k.word().equals(words.list.get(0)))
                        .findFirst();
        return kind.map(k -> words.command(k));
    }

    public boolean isBackfill() {
        return kind == Kind.BACKFILL;
    }

    /** What the run is, for its summary: {@code nightly}, {@code run nomis-claimant-count}, {@code backfill …}. */
    public String describe() {
        return switch (kind) {
            case NIGHTLY -> "nightly run";
            case RUN -> "run of " + feed;
            case BACKFILL -> "backfill of " + feed + " " + periods;
        };
    }

    /** The words and the options of the command line, settings left out. */
    private record Words(List<String> list, String from, String to, boolean waitForLock) {

        static Words of(String... args) {
            List<String> words = new ArrayList<>();
            String from = null;
            String to = null;
            boolean wait = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                if (arg.equals("--wait")) {
                    wait = true;
                } else if (arg.equals("--from") || arg.equals("--to")) {
                    String value = i + 1 < args.length && !args[i + 1].startsWith("--") ? args[++i] : "";
                    if (arg.equals("--from")) {
                        from = value;
                    } else {
                        to = value;
                    }
                } else if (arg.startsWith("--from=")) {
                    from = arg.substring("--from=".length());
                } else if (arg.startsWith("--to=")) {
                    to = arg.substring("--to=".length());
                } else if (!arg.startsWith("--")) {
                    words.add(arg);
                }
            }
            return new Words(words, from, to, wait);
        }

        JobCommand command(Kind kind) {
            List<String> feeds = list.subList(1, list.size());
            if (kind == Kind.NIGHTLY && !feeds.isEmpty()) {
                throw usage(
                        kind, "takes no feed, not " + String.join(" ", feeds) + " (observatory run <feed> runs one)");
            }
            if (kind != Kind.NIGHTLY && feeds.size() != 1) {
                throw usage(kind, feeds.isEmpty() ? "needs a feed" : "takes one feed, not " + String.join(" ", feeds));
            }
            String feed = kind == Kind.NIGHTLY ? null : list.get(1);
            if (kind != Kind.BACKFILL) {
                if (from != null || to != null) {
                    throw usage(kind, "takes no periods (--from, --to): a backfill does");
                }
                return new JobCommand(kind, feed, null, waitForLock);
            }
            if (from == null || to == null || from.isBlank() || to.isBlank()) {
                throw usage(
                        kind,
                        "needs the periods to fetch again: --from <period> --to <period>, each " + PeriodSpan.FORMS);
            }
            PeriodSpan periods = period(from).through(period(to));
            if (periods.isInverted()) {
                throw usage(kind, "--from " + from + " starts after --to " + to + " ends");
            }
            return new JobCommand(kind, feed, periods, waitForLock);
        }

        private static PeriodSpan period(String text) {
            return PeriodSpan.written(text.strip())
                    .orElseThrow(
                            () -> usage(Kind.BACKFILL, "malformed period \"" + text + "\": write " + PeriodSpan.FORMS));
        }

        private static UsageException usage(Kind kind, String what) {
            return new UsageException("observatory " + kind.word() + " " + what + " (" + USAGE + ")");
        }
    }
}
