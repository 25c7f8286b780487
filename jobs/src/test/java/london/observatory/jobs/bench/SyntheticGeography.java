package london.observatory.jobs.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * An England-and-Wales-sized LSOA 2011 → LSOA 2021 geography, built deterministically from a seed.
 *
 * <p>The change counts are the real ONS exact-fit lookup's: 34,753 LSOA11, 35,672 LSOA21,
 * rows U 33,647 / S 1,900 / M 239 / X 10. They are reached exactly by this mix of change events:
 * 863 LSOA11 split (689 into 2, 174 into 3), 119 LSOA21 formed by merges (118 of 2, 1 of 3) and two
 * irregular groups (2 LSOA11 ↔ 3 LSOA21, 5 rows each). Events are shuffled so changes are spread over
 * all LADs; codes of unchanged areas carry over, new LSOA21 get codes after the last LSOA11, as ONS did.
 */
final class SyntheticGeography {

    static final int LSOA11_COUNT = 34_753;
    static final int LSOA21_COUNT = 35_672;
    private static final int FIRST_NEW_CODE = LSOA11_COUNT + 1;

    private enum Event {
        U,
        S2,
        S3,
        M2,
        M3,
        X
    }

    final String[] lsoa11Names = new String[LSOA11_COUNT];
    /** Exact-fit rows: LSOA11 index, LSOA21 index, CHGIND. */
    final List<int[]> pairs = new ArrayList<>(36_000);

    final List<Character> pairChange = new ArrayList<>(36_000);

    final String[] lsoa21Codes = new String[LSOA21_COUNT];
    final String[] lsoa21Names = new String[LSOA21_COUNT];
    final String[] msoa21Codes = new String[LSOA21_COUNT];
    final String[] msoa21Names = new String[LSOA21_COUNT];
    final String[] ladCodes = new String[LSOA21_COUNT];
    final String[] ladNames = new String[LSOA21_COUNT];
    final String[] wardCodes = new String[LSOA21_COUNT];
    final String[] wardNames = new String[LSOA21_COUNT];
    final int[] population = new int[LSOA21_COUNT];
    int ladCount;
    int msoaCount;
    int wardCount;

    static String lsoaCode(int number) {
        return "E01" + pad(number, 6);
    }

    static SyntheticGeography build(long seed) {
        SyntheticGeography g = new SyntheticGeography();
        SplittableRandom random = new SplittableRandom(seed);
        g.buildChanges(shuffledEvents(random));
        g.assignHierarchy(random);
        for (int i = 0; i < LSOA21_COUNT; i++) {
            g.population[i] = 1_000 + random.nextInt(2_001);
        }
        g.nameChangedLsoa11();
        return g;
    }

    private static Event[] shuffledEvents(SplittableRandom random) {
        List<Event> events = new ArrayList<>(LSOA11_COUNT);
        add(events, Event.U, 33_647);
        add(events, Event.S2, 689);
        add(events, Event.S3, 174);
        add(events, Event.M2, 118);
        add(events, Event.M3, 1);
        add(events, Event.X, 2);
        Event[] array = events.toArray(Event[]::new);
        for (int i = array.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            Event t = array[i];
            array[i] = array[j];
            array[j] = t;
        }
        return array;
    }

    private static void add(List<Event> events, Event event, int times) {
        for (int i = 0; i < times; i++) {
            events.add(event);
        }
    }

    /** Walks the events in LSOA11 code order, emitting LSOA21 in the same (geographic) order. */
    private void buildChanges(Event[] events) {
        int next11 = 0;
        int next21 = 0;
        int nextNewCode = FIRST_NEW_CODE;
        for (Event event : events) {
            switch (event) {
                case U -> {
                    lsoa21Codes[next21] = lsoaCode(next11 + 1);
                    pair(next11++, next21++, 'U');
                }
                case S2, S3 -> {
                    int parts = event == Event.S2 ? 2 : 3;
                    for (int p = 0; p < parts; p++) {
                        lsoa21Codes[next21] = lsoaCode(nextNewCode++);
                        pair(next11, next21++, 'S');
                    }
                    next11++;
                }
                case M2, M3 -> {
                    int parts = event == Event.M2 ? 2 : 3;
                    lsoa21Codes[next21] = lsoaCode(nextNewCode++);
                    for (int p = 0; p < parts; p++) {
                        pair(next11++, next21, 'M');
                    }
                    next21++;
                }
                case X -> { // a → {p, q, r}, b → {q, r}: boundary redrawn between two neighbours
                    for (int p = 0; p < 3; p++) {
                        lsoa21Codes[next21 + p] = lsoaCode(nextNewCode++);
                        pair(next11, next21 + p, 'X');
                    }
                    pair(next11 + 1, next21 + 1, 'X');
                    pair(next11 + 1, next21 + 2, 'X');
                    next11 += 2;
                    next21 += 3;
                }
            }
        }
        if (next11 != LSOA11_COUNT || next21 != LSOA21_COUNT) {
            throw new IllegalStateException("event mix gives " + next11 + " LSOA11 and " + next21 + " LSOA21");
        }
    }

    private void pair(int lsoa11, int lsoa21, char change) {
        pairs.add(new int[] {lsoa11, lsoa21});
        pairChange.add(change);
    }

    /**
     * 300 LADs (33 London boroughs first, as in the real code order, then met districts, unitaries and
     * districts mixed) over contiguous runs of LSOA21; MSOAs of 5–9 and wards of 3–7 LSOA21 inside each LAD.
     */
    private void assignHierarchy(SplittableRandom random) {
        String[] kinds = ladKinds(random);
        int[] sizes = ladSizes(random, kinds.length);
        int[] serial = new int[4];
        int start = 0;
        for (int lad = 0; lad < kinds.length; lad++) {
            String prefix = kinds[lad];
            int k = prefixIndex(prefix);
            serial[k]++;
            // The observatory's spine is London only (it accepts borough codes E09 and nothing else), so
            // every synthetic LAD gets an E09-pattern code; the work per row is the same whatever the code.
            String code = "E09" + pad(lad + 1, 6);
            String name = LAD_LABELS[k] + " " + pad(serial[k], 3);
            int end = start + sizes[lad];
            Arrays.fill(ladCodes, start, end, code);
            Arrays.fill(ladNames, start, end, name);
            assignMsoas(random, start, end, name);
            assignWards(random, start, end, name);
            start = end;
        }
        ladCount = kinds.length;
    }

    private static final String[] LAD_PREFIXES = {"E09", "E08", "E06", "E07"};
    private static final String[] LAD_LABELS = {"London Borough", "Met District", "Unitary", "District"};

    private static int prefixIndex(String prefix) {
        return Arrays.asList(LAD_PREFIXES).indexOf(prefix);
    }

    private static String[] ladKinds(SplittableRandom random) {
        String[] others = new String[36 + 59 + 172];
        Arrays.fill(others, 0, 36, "E08");
        Arrays.fill(others, 36, 95, "E06");
        Arrays.fill(others, 95, others.length, "E07");
        for (int i = others.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            String t = others[i];
            others[i] = others[j];
            others[j] = t;
        }
        String[] kinds = new String[33 + others.length];
        Arrays.fill(kinds, 0, 33, "E09");
        System.arraycopy(others, 0, kinds, 33, others.length);
        return kinds;
    }

    /** London boroughs average ~150 LSOA21 (4,994 real), the rest ~115; scaled to sum exactly. */
    private static int[] ladSizes(SplittableRandom random, int lads) {
        double[] weight = new double[lads];
        double total = 0;
        for (int i = 0; i < lads; i++) {
            weight[i] = (i < 33 ? 151 : 115) * (0.5 + random.nextDouble());
            total += weight[i];
        }
        int[] sizes = new int[lads];
        double cumulative = 0;
        int previous = 0;
        for (int i = 0; i < lads; i++) {
            cumulative += weight[i];
            int boundary = (int) Math.round(cumulative / total * LSOA21_COUNT);
            sizes[i] = boundary - previous;
            previous = boundary;
        }
        return sizes;
    }

    private void assignMsoas(SplittableRandom random, int start, int end, String ladName) {
        int number = 0;
        for (int from = start; from < end; ) {
            int to = Math.min(end, from + 5 + random.nextInt(5));
            number++;
            msoaCount++;
            String code = "E02" + pad(msoaCount, 6);
            String name = ladName + " " + pad(number, 3);
            for (int i = from; i < to; i++) {
                msoa21Codes[i] = code;
                msoa21Names[i] = name;
                lsoa21Names[i] = name + (char) ('A' + (i - from));
            }
            from = to;
        }
    }

    private void assignWards(SplittableRandom random, int start, int end, String ladName) {
        int number = 0;
        for (int from = start; from < end; ) {
            int to = Math.min(end, from + 3 + random.nextInt(5));
            number++;
            wardCount++;
            Arrays.fill(wardCodes, from, to, "E05" + pad(wardCount, 6));
            Arrays.fill(wardNames, from, to, ladName + " Ward " + pad(number, 2));
            from = to;
        }
    }

    /** Unchanged LSOA11 keep their 2021 name; changed ones get a distinct 2011-style name. */
    private void nameChangedLsoa11() {
        for (int p = 0; p < pairs.size(); p++) {
            int l11 = pairs.get(p)[0];
            if (lsoa11Names[l11] == null) {
                int l21 = pairs.get(p)[1];
                lsoa11Names[l11] = pairChange.get(p) == 'U'
                        ? lsoa21Names[l21]
                        : msoa21Names[l21] + " 2011-" + lsoaCode(l11 + 1).substring(5);
            }
        }
    }

    static String pad(int number, int width) {
        String digits = Integer.toString(number);
        return "0".repeat(Math.max(0, width - digits.length())) + digits;
    }
}
