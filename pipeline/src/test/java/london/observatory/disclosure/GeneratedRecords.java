package london.observatory.disclosure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Seeded record sets on a small made-up spine: LSOAs {@code L0000}…, five to an MSOA ({@code M000}…),
 * fifty to a borough ({@code B00}…). Counts are drawn the way borough case lists fall per LSOA and month:
 * many empty cells, many small ones, some large.
 */
final class GeneratedRecords {

    static final String FEED = "camden-housing-register";
    static final int LSOAS_PER_MSOA = 5;
    static final int LSOAS_PER_BOROUGH = 50;

    record CaseRecord(String lsoa, String reference) {}

    private GeneratedRecords() {}

    static OperatorSecret secret() {
        return OperatorSecret.ofText("a test secret, never used for real data");
    }

    static List<String> spine(int lsoas) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < lsoas; i++) {
            codes.add(String.format("L%04d", i));
        }
        return codes;
    }

    static List<CaseRecord> records(SplittableRandom random, List<String> spine) {
        List<CaseRecord> records = new ArrayList<>();
        for (String lsoa : spine) {
            long count = trueCount(random);
            for (int i = 0; i < count; i++) {
                records.add(new CaseRecord(lsoa, "case-" + random.nextLong(1L << 40)));
            }
        }
        return records;
    }

    /** 35% empty, 40% 1-9, 25% 10-60. */
    static long trueCount(SplittableRandom random) {
        int kind = random.nextInt(100);
        if (kind < 35) {
            return 0;
        }
        return kind < 75 ? random.nextInt(1, 10) : random.nextInt(10, 61);
    }

    static Map<String, KeyedCount> keyedCounts(List<CaseRecord> records, RecordKeyer keyer) {
        KeyedCounts<String> counts = new KeyedCounts<>();
        for (CaseRecord record : records) {
            counts.add(record.lsoa(), keyer.keyOf(FEED, record.reference()));
        }
        return counts.snapshot();
    }

    static Map<String, Long> trueCounts(List<String> spine, List<CaseRecord> records) {
        Map<String, Long> counts = new TreeMap<>();
        spine.forEach(lsoa -> counts.put(lsoa, 0L));
        records.forEach(r -> counts.merge(r.lsoa(), 1L, Long::sum));
        return counts;
    }

    /** LSOAs are themselves; {@code Mnnn} and {@code Bnn} are their blocks of the spine. */
    static AreaMembership membership(List<String> spine) {
        Map<String, List<String>> areas = new HashMap<>();
        for (int i = 0; i < spine.size(); i++) {
            String lsoa = spine.get(i);
            areas.put(lsoa, List.of(lsoa));
            areas.computeIfAbsent(msoa(i), k -> new ArrayList<>()).add(lsoa);
            areas.computeIfAbsent(borough(i), k -> new ArrayList<>()).add(lsoa);
        }
        return code -> {
            List<String> lsoas = areas.get(code);
            if (lsoas == null) {
                throw new IllegalArgumentException("unknown area " + code);
            }
            return lsoas;
        };
    }

    static String msoa(int lsoaIndex) {
        return String.format("M%03d", lsoaIndex / LSOAS_PER_MSOA);
    }

    static String borough(int lsoaIndex) {
        return String.format("B%02d", lsoaIndex / LSOAS_PER_BOROUGH);
    }

    /** A custom list: a few LSOAs, MSOAs and sometimes a borough, possibly overlapping. */
    static List<String> randomAreaList(SplittableRandom random, List<String> spine) {
        List<String> areas = new ArrayList<>();
        int lsoas = random.nextInt(0, 12);
        for (int i = 0; i < lsoas; i++) {
            areas.add(spine.get(random.nextInt(spine.size())));
        }
        int msoas = random.nextInt(0, 4);
        for (int i = 0; i < msoas; i++) {
            areas.add(msoa(random.nextInt(spine.size())));
        }
        if (random.nextInt(4) == 0) {
            areas.add(borough(random.nextInt(spine.size())));
        }
        return areas;
    }
}
