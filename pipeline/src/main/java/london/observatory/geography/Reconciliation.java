package london.observatory.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/**
 * What happened to every record a feed tried to place on the spine: how many came in, how many were
 * matched (with notes such as "terminated-postcode"), how many were not and why, the sum of values in
 * against the sum placed, and the most frequent unmatched codes, so an operator can see at a glance
 * whether anything was invented or lost. Shared by the workers of one feed run: the per-record counters
 * (matched, placed) are adders, because every row of a ten-million-row ingest passes them from two
 * threads and a lock there would serialise the workers; the rare paths (unmatched, notes) are
 * synchronised. The distinct codes kept per reason are capped so a wholly broken file cannot exhaust memory.
 */
public final class Reconciliation {

    /** A code the reference data does not know. */
    public static final String UNKNOWN_CODE = "unknown-code";
    /** An ONS pseudo code such as {@code E99999999}, or no LSOA at all, in the reference data. */
    public static final String PSEUDO_CODE = "pseudo-code";
    /** A known code or point that lies outside London's spine. */
    public static final String OUTSIDE_LONDON = "outside-london";
    /**
     * A postcode whose directory gives only an LSOA 2011 that was split (or redrawn) into several LSOA 2021:
     * which of them it lies in is not known, and a record cannot be shared out.
     */
    public static final String AMBIGUOUS_SPLIT = "ambiguous-split";
    /** Text that cannot be a code, postcode or coordinate at all. */
    public static final String INVALID = "invalid";
    /** A row beside London's own rows that the feed does not place: England, London itself, a UK total. */
    public static final String SET_ASIDE = "set-aside";

    /** Report line for the value of matched records that belongs outside London. */
    public static final String SHARE_OUTSIDE_LONDON = "share-outside-london";

    /** Report line for known values that went into sums withheld because another part was withheld. */
    public static final String WITHHELD_IN_SUMS = "withheld-in-sums";

    static final int MAX_CODES_PER_REASON = 10_000;
    static final int TOP_CODES = 10;
    static final int HINTS_PER_REASON = 3;

    /** One line of the report: {@code matched} (reason null, or a note) or {@code unmatched} with its reason. */
    public record Line(String status, String reason, long records, Double value, List<String> topCodes) {}

    private final String sourceGeography;
    private final boolean keepsCodes;
    private final LongAdder matched = new LongAdder();
    private final DoubleAdder matchedValue = new DoubleAdder();
    private final LongAdder placedRecords = new LongAdder();
    private final DoubleAdder valueOut = new DoubleAdder();
    private double valueOutside;
    private double valueWithheld;
    private final Map<String, Long> notes = new TreeMap<>();
    private final Map<String, Tally> unmatched = new TreeMap<>();
    private final Map<String, Set<String>> hints = new TreeMap<>();

    public Reconciliation(String sourceGeography) {
        this(sourceGeography, true);
    }

    private Reconciliation(String sourceGeography, boolean keepsCodes) {
        this.sourceGeography = sourceGeography;
        this.keepsCodes = keepsCodes;
    }

    /**
     * A report that counts unmatched records without naming their codes: for record-level data, where
     * the postcode or coordinates of an unplaced record point at someone's home.
     */
    public static Reconciliation withoutCodes(String sourceGeography) {
        return new Reconciliation(sourceGeography, false);
    }

    public String sourceGeography() {
        return sourceGeography;
    }

    /** A record placed on the spine; {@code value} is what it carried in (null when withheld). */
    public void matched(Double value) {
        matched.increment();
        if (value != null) {
            matchedValue.add(value);
        }
    }

    /** A record placed on the spine with something worth knowing, e.g. a terminated postcode. */
    public synchronized void matched(Double value, String note) {
        matched(value);
        notes.merge(note, 1L, Long::sum);
    }

    /** A record that could not be placed, with the reason and the offending code. */
    public synchronized void unmatched(String reason, String code, Double value) {
        double v = value == null ? 0 : value;
        unmatched.computeIfAbsent(reason, r -> new Tally()).add(keepsCodes ? code : null, v, keepsCodes);
    }

    /**
     * As {@link #unmatched(String, String, Double)}, with what the code is and what would place it (e.g. the
     * setting that configures its ward vintage); the first few distinct hints of each reason are kept.
     */
    public synchronized void unmatched(String reason, String code, Double value, String hint) {
        unmatched(reason, code, value);
        if (hint != null && keepsCodes) {
            Set<String> kept = hints.computeIfAbsent(reason, r -> new LinkedHashSet<>());
            if (kept.size() < HINTS_PER_REASON) {
                kept.add(hint);
            }
        }
    }

    /** The hints kept for {@code reason}, in the order first seen. */
    public synchronized List<String> hints(String reason) {
        return List.copyOf(hints.getOrDefault(reason, Set.of()));
    }

    /** Value written to observations (after apportioning and merging); should equal the matched value in. */
    public void placed(Double value) {
        placedRecords.increment();
        if (value != null) {
            valueOut.add(value);
        }
    }

    /** The share of a matched record's value that belongs off the spine (e.g. patients outside London). */
    public synchronized void placedOutside(Double value) {
        valueOutside += value == null ? 0 : value;
    }

    /**
     * Known values that went into a sum published as withheld because another part was withheld (two
     * LSOA 2011s merged, one suppressed): not placed, and not lost either.
     */
    public synchronized void withheldInSums(double value) {
        valueWithheld += value;
    }

    public synchronized double valueWithheldInSums() {
        return valueWithheld;
    }

    public synchronized long recordsIn() {
        return matched.sum() + recordsUnmatched();
    }

    public long recordsMatched() {
        return matched.sum();
    }

    public synchronized long recordsUnmatched() {
        return unmatched.values().stream().mapToLong(t -> t.records).sum();
    }

    public synchronized long unmatched(String reason) {
        Tally tally = unmatched.get(reason);
        return tally == null ? 0 : tally.records;
    }

    public synchronized long noted(String note) {
        return notes.getOrDefault(note, 0L);
    }

    public synchronized double valueIn() {
        return matchedValue.sum() + valueUnmatched();
    }

    public double valueOut() {
        return valueOut.sum();
    }

    public synchronized double valueOutside() {
        return valueOutside;
    }

    /**
     * The unmatched value: with {@link #valueOut()}, {@link #valueOutside()} and
     * {@link #valueWithheldInSums()} it accounts for {@link #valueIn()}.
     */
    public synchronized double valueUnmatched() {
        return unmatched.values().stream().mapToDouble(t -> t.value).sum();
    }

    /** Observations written. */
    public long recordsPlaced() {
        return placedRecords.sum();
    }

    /** The report: the matched line, one line per note, one per unmatched reason, then what was placed. */
    public synchronized List<Line> lines() {
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("matched", null, matched.sum(), matchedValue.sum(), List.of()));
        notes.forEach((note, count) -> lines.add(new Line("matched", note, count, null, List.of())));
        if (valueOutside != 0) {
            lines.add(new Line("matched", SHARE_OUTSIDE_LONDON, 0, valueOutside, List.of()));
        }
        unmatched.forEach(
                (reason, tally) -> lines.add(new Line("unmatched", reason, tally.records, tally.value, tally.top())));
        lines.add(new Line("placed", null, placedRecords.sum(), valueOut.sum(), List.of()));
        if (valueWithheld != 0) {
            lines.add(new Line("placed", WITHHELD_IN_SUMS, 0, valueWithheld, List.of()));
        }
        return lines;
    }

    private static final class Tally {
        private long records;
        private double value;
        private final Map<String, Long> codes = new HashMap<>();

        void add(String code, double v, boolean keepCode) {
            records++;
            value += v;
            if (!keepCode) {
                return;
            }
            String key = code == null ? "" : code;
            if (codes.containsKey(key) || codes.size() < MAX_CODES_PER_REASON) {
                codes.merge(key, 1L, Long::sum);
            }
        }

        List<String> top() {
            return codes.entrySet().stream()
                    .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                            .thenComparing(Map.Entry.comparingByKey()))
                    .limit(TOP_CODES)
                    .map(e -> e.getKey() + " (" + e.getValue() + ")")
                    .toList();
        }
    }
}
