package london.observatory.normalise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import london.observatory.descriptor.RecordMapping;
import london.observatory.disclosure.KeyedCount;
import london.observatory.geography.Reconciliation;
import london.observatory.observation.Observation;

/**
 * Counts record-level data (a borough's case list, one row per household or person) per LSOA 2021 and
 * period, once each record has been placed by postcode or point, and turns the counts into
 * observations that say how they were placed ({@code method} {@code postcode} or {@code point}), each with
 * its disclosure cell key (its records' keys summed mod 256). The
 * records that could not be placed are already in the {@link Reconciliation}; here the counts written
 * are tallied as placed, so records matched = value placed. Shared by a feed's workers, hence synchronised.
 */
public final class RecordCounts {

    public static final String POSTCODE = "postcode";
    public static final String POINT = "point";

    private record Key(String lsoa21, LocalDate period) implements Comparable<Key> {
        @Override
        public int compareTo(Key other) {
            int byPeriod = period.compareTo(other.period);
            return byPeriod != 0 ? byPeriod : lsoa21.compareTo(other.lsoa21);
        }
    }

    private final String method;
    private final Map<Key, KeyedCount> counts = new TreeMap<>();

    /** @param method {@link #POSTCODE} or {@link #POINT}: how the records were placed */
    public RecordCounts(String method) {
        this.method = method;
    }

    /** Counts for records placed the way the feed's mapping says. */
    public static RecordCounts placedBy(RecordMapping.PlaceBy placeBy) {
        return new RecordCounts(placeBy == RecordMapping.PlaceBy.POSTCODE ? POSTCODE : POINT);
    }

    /** One placed record, with its disclosure key (0-255). */
    public synchronized void add(String lsoa21, LocalDate period, int recordKey) {
        counts.merge(new Key(lsoa21, period), KeyedCount.EMPTY.plus(recordKey), KeyedCount::plus);
    }

    /** The counts as observations, period then LSOA order; each is tallied as placed in {@code reconciliation}. */
    public synchronized List<Observation> observations(
            String indicatorId, String periodType, String runId, Reconciliation reconciliation) {
        List<Observation> out = new ArrayList<>(counts.size());
        counts.forEach((key, count) -> {
            double value = count.count();
            reconciliation.placed(value);
            // Many postcodes or points make one count; the LSOA they fell in is the count's own area.
            out.add(Observation.count(
                            indicatorId,
                            key.lsoa21(),
                            "lsoa21",
                            key.period(),
                            periodType,
                            value,
                            null,
                            null,
                            key.lsoa21(),
                            reconciliation.sourceGeography(),
                            method,
                            runId)
                    .withCellKey(count.cellKey()));
        });
        return out;
    }
}
