package london.observatory.publish;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import london.observatory.table.TableSchema;

/**
 * What changed in the Parquet tree between two publishes: the observation partitions (feed × period) with a
 * file added, removed or replaced, and the other tables with any file so changed. {@code now} is the
 * listing the changes lead to, from which a changed partition's current files are read. {@code added}: of the
 * changed tables written one file per run and feed ({@link #PER_RUN}), those whose only change is files added,
 * with those files: a publish adds their rows instead of reading the table's whole history again.
 */
public record ParquetChanges(
        SortedSet<Partition> partitions,
        SortedSet<String> tables,
        ParquetFiles now,
        SortedMap<String, List<String>> added) {

    /**
     * The tables of a run's lineage, one file per run and feed ({@code <table>/<run id>__<feed>.parquet}, see
     * {@code parquet.ParquetLayout}), never rewritten: each night adds a file per feed to them, so their
     * history grows by 20 files a night on the samples.
     */
    static final Set<String> PER_RUN = Set.of(TableSchema.RUNS, TableSchema.RECONCILIATION);

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
        added = new TreeMap<>(added);
    }

    /** The changed partitions' files as they are now; a partition that was removed has none. */
    List<String> currentFiles() {
        return now.filesOf(partitions);
    }

    public boolean isEmpty() {
        return partitions.isEmpty() && tables.isEmpty();
    }

    /**
     * Whether the only change is runs' lineage added (files of per-run tables, none replaced or removed): a night on
     * which every feed was unchanged. No observation, area or indicator differs, so nothing a release makes from
     * them (protected counts, rates) can.
     */
    public boolean onlyLineageAdded() {
        return partitions.isEmpty() && tables.equals(added.keySet());
    }
}
