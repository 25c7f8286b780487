package london.observatory.disclosure;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cell-key perturbation of record-level counts: turns each LSOA cell's true count and cell key into the
 * protected value the open release publishes, through a perturbation table that has been checked, when
 * this is built, to protect the threshold it is given (see {@link PosteriorCheck}). Record keys are given
 * at landing by a {@link RecordKeyer}; cells are summed in {@link KeyedCounts}.
 */
public final class DisclosureControl {

    public static final String DEFAULT_TABLE_VERSION = "v1";
    public static final int DEFAULT_THRESHOLD = 10;

    private final PerturbationTable table;
    private final int threshold;
    private final BandVariances bands;

    /**
     * Refuses a threshold above the one the table was made for, and a table that does not protect counts
     * below {@code threshold}, with the figures that fail.
     */
    public DisclosureControl(PerturbationTable table, int threshold) {
        if (threshold < 1) {
            throw new IllegalArgumentException("a threshold is at least 1, not " + threshold);
        }
        if (threshold > table.designThreshold()) {
            // v1 would pass the posterior rule at 20 (its 10-19 carry only the +-2 noise of large counts, a
            // posterior of exactly 0.5), but protecting 10-19 like 1-9 needs a table made for that threshold.
            throw new IllegalArgumentException(table + " is made for a threshold of at most " + table.designThreshold()
                    + ", not " + threshold + "; generate a table for " + threshold);
        }
        PosteriorCheck.Outcome check = PosteriorCheck.of(table, threshold, 3 * threshold);
        if (!check.protects()) {
            throw new IllegalArgumentException(table + " does not protect counts below " + threshold
                    + ": a published " + check.worstPublished() + " is a true " + check.worstTrueCount()
                    + " with probability " + String.format(Locale.ROOT, "%.3f", check.maxPosterior())
                    + " (more than 0.5)");
        }
        this.table = table;
        this.threshold = threshold;
        this.bands = new BandVariances(table);
    }

    /** The table and threshold the project publishes with by default: {@code v1}, 10. */
    public static DisclosureControl standard() {
        return new DisclosureControl(PerturbationTable.load(DEFAULT_TABLE_VERSION), DEFAULT_THRESHOLD);
    }

    /** The protected value of one LSOA cell. */
    public ProtectedValue protect(KeyedCount cell) {
        long published = table.published(cell.count(), cell.cellKey());
        return new ProtectedValue(published, bands.of(published));
    }

    /**
     * The protected values of one indicator and period over the whole spine: every LSOA in
     * {@code lsoaCodes}, those without a count being empty cells (which publish the table's value for
     * count 0). A count for an LSOA outside the spine is refused: it would be silently left out of sums.
     */
    public ProtectedRelease release(Collection<String> lsoaCodes, Map<String, KeyedCount> countsByLsoa) {
        Map<String, ProtectedValue> values = new TreeMap<>();
        ProtectedValue empty = protect(KeyedCount.EMPTY);
        for (String lsoa : lsoaCodes) {
            values.put(lsoa, empty);
        }
        for (Map.Entry<String, KeyedCount> cell : countsByLsoa.entrySet()) {
            if (!values.containsKey(cell.getKey())) {
                throw new IllegalArgumentException("a count for " + cell.getKey() + ", which is not on the spine");
            }
            values.put(cell.getKey(), protect(cell.getValue()));
        }
        return new ProtectedRelease(values);
    }

    public int threshold() {
        return threshold;
    }

    /** What a release records about its protection. */
    public String tableVersion() {
        return table.version();
    }

    public String tableFingerprint() {
        return table.fingerprint();
    }

    @Override
    public String toString() {
        return "cell-key perturbation, table " + table.version() + ", threshold " + threshold;
    }
}
