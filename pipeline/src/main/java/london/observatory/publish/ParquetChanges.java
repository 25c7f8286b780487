package london.observatory.publish;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What changed in the Parquet tree between two publishes: the observation partitions (feed × period) with a
 * file added, removed or replaced, and the other tables with any file so changed. {@code now} is the
 * listing the changes lead to, from which a changed partition's current files are read.
 */
public record ParquetChanges(SortedSet<Partition> partitions, SortedSet<String> tables, ParquetFiles now) {

    /** One {@code observations/feed=<feed>/period=<period>/} folder. */
    public record Partition(String feed, String period) implements Comparable<Partition> {

        static final String TABLE = "observations";

        /** The partition a path under {@code parquet/} lies in, if it is an observation file. */
        static Optional<Partition> of(List<String> parts) {
            if (parts.size() == 4
                    && parts.get(0).equals(TABLE)
                    && parts.get(1).startsWith("feed=")
                    && parts.get(2).startsWith("period=")) {
                return Optional.of(new Partition(
                        parts.get(1).substring("feed=".length()), parts.get(2).substring("period=".length())));
            }
            return Optional.empty();
        }

        String folder() {
            return TABLE + "/feed=" + feed + "/period=" + period;
        }

        @Override
        public int compareTo(Partition other) {
            int byFeed = feed.compareTo(other.feed);
            return byFeed != 0 ? byFeed : period.compareTo(other.period);
        }
    }

    public ParquetChanges {
        partitions = new TreeSet<>(partitions);
        tables = new TreeSet<>(tables);
    }

    /** The changed partitions' files as they are now; a partition that was removed has none. */
    List<String> currentFiles() {
        return now.filesOf(partitions);
    }

    public boolean isEmpty() {
        return partitions.isEmpty() && tables.isEmpty();
    }
}
