package london.observatory.connectors.nomis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes {@code data-samples/nomis/claimant-count/}: a made-up recorded answer of the Nomis API to the query in
 * {@code nomis-claimant-count.json} ({@code NM_162_1}, claimant count, every LSOA 2011 in London,
 * {@code TYPE298}, the latest two months) with the descriptor's {@code select}
 * ({@code DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS,RECORD_OFFSET,RECORD_COUNT}).
 *
 * <p>Rows: September then October 2025, each over the 4,835 real London LSOA 2011 codes of the exact fit
 * ({@code data-samples/london/geography}) in code order: 9,670 records, written {@link #PAGE_SIZE} to a page as
 * {@code offset-<RECORD_OFFSET of the page's first row>.csv}, what the API returns for
 * {@code recordoffset=0, 5000}. Values are made up (seed 2025), multiples of 5 as DWP rounds small areas,
 * between 0 and 150. Three rows are {@code Q} (figures missing: empty {@code OBS_VALUE}): an unchanged LSOA in
 * each month ({@link #Q_SEPTEMBER}, {@link #Q_OCTOBER}) and, in October, {@link #Q_MERGE_PARENT}, one of the two
 * LSOA 2011 merged into one LSOA 2021 in 2021 (CHGIND M), so that merged value is withheld. Every row's value
 * is drawn whether or not it is {@code Q}, so moving a {@code Q} changes no other value.
 *
 * <p>{@code ClaimantCountSampleTest} checks the committed files are what this writes; run {@link #main} from
 * the repository root (or with it as the argument) to rewrite them.
 */
final class ClaimantCountSampleGenerator {

    static final String DIR = "nomis/claimant-count";
    static final String EXACT_FIT = "london/geography/london_lsoa11_lsoa21_lad22_exactfit_census_totals.csv";
    static final List<String> MONTHS = List.of("2025-09", "2025-10");
    static final String HEADER =
            "DATE,GEOGRAPHY_CODE,GEOGRAPHY_TYPECODE,OBS_VALUE,OBS_STATUS,RECORD_OFFSET,RECORD_COUNT";
    /** Rows per recorded page (a guest's page is up to 25,000 rows; smaller here so the sample pages). */
    static final int PAGE_SIZE = 5_000;

    /** City of London 001E, unchanged in 2021: missing in September. */
    static final String Q_SEPTEMBER = "E01000005";
    /** Southwark 012E, unchanged in 2021: missing in October. */
    static final String Q_OCTOBER = "E01003994";
    /** Southwark 015C, merged with Southwark 015E (E01003974) into Southwark 015G (E01033879): missing in October. */
    static final String Q_MERGE_PARENT = "E01003968";

    private ClaimantCountSampleGenerator() {}

    public static void main(String[] args) throws IOException {
        Path samples = Path.of(args.length > 0 ? args[0] : ".").resolve("data-samples");
        write(samples.resolve(EXACT_FIT), samples.resolve(DIR));
    }

    /** Writes the pages into {@code dir} (created if needed; other files there are left alone). */
    static void write(Path exactFit, Path dir) throws IOException {
        Map<String, String> changes = lsoa11(exactFit);
        check(changes, Q_SEPTEMBER, "U");
        check(changes, Q_OCTOBER, "U");
        check(changes, Q_MERGE_PARENT, "M");
        List<String> rows = rows(changes);
        Files.createDirectories(dir);
        for (int offset = 0; offset < rows.size(); offset += PAGE_SIZE) {
            try (Writer out =
                    Files.newBufferedWriter(dir.resolve("offset-" + offset + ".csv"), StandardCharsets.UTF_8)) {
                out.write(HEADER + "\n");
                for (String row : rows.subList(offset, Math.min(rows.size(), offset + PAGE_SIZE))) {
                    out.write(row + "\n");
                }
            }
        }
    }

    /** Every record, in the API's order: month, then LSOA 2011 code. */
    static List<String> rows(Map<String, String> changes) {
        SplittableRandom random = new SplittableRandom(2025);
        Map<String, int[]> values = new TreeMap<>();
        for (String code : changes.keySet()) {
            int september = 5 * (random.nextInt(0, 11) + random.nextInt(0, 11) + random.nextInt(0, 9));
            int october = Math.max(0, september + 5 * random.nextInt(-2, 3));
            values.put(code, new int[] {september, october});
        }
        int count = MONTHS.size() * changes.size();
        List<String> rows = new ArrayList<>(count);
        for (int m = 0; m < MONTHS.size(); m++) {
            String month = MONTHS.get(m);
            for (Map.Entry<String, int[]> lsoa : values.entrySet()) {
                String code = lsoa.getKey();
                boolean missing =
                        m == 0 ? code.equals(Q_SEPTEMBER) : code.equals(Q_OCTOBER) || code.equals(Q_MERGE_PARENT);
                String value = missing ? ",Q" : lsoa.getValue()[m] + ",A";
                rows.add(month + "," + code + ",298," + value + "," + rows.size() + "," + count);
            }
        }
        return rows;
    }

    /** LSOA 2011 code → its change indicator (U, S or M), in code order. */
    static Map<String, String> lsoa11(Path exactFit) throws IOException {
        Map<String, String> changes = new TreeMap<>();
        try (CSVParser parser = CsvFiles.open(exactFit, StandardCharsets.UTF_8)) {
            for (CSVRecord r : parser) {
                changes.put(r.get("LSOA11CD"), r.get("CHGIND"));
            }
        }
        return changes;
    }

    private static void check(Map<String, String> changes, String code, String change) {
        if (!change.equals(changes.get(code))) {
            throw new IllegalStateException(code + " is CHGIND " + changes.get(code) + ", not " + change);
        }
    }
}
