package london.observatory.connectors.statxplore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes {@code data-samples/statxplore/uc-conditionality-lsoa.json}: a made-up recorded answer of
 * {@code POST /table} for the query in {@code statxplore-uc-conditionality.json} (people on Universal
 * Credit by LSOA 2021 × month × conditionality regime), over the 4,994 real London LSOAs 2021 (codes, and
 * names as item labels, from {@code data-samples/london/geography}), September and October 2025, regimes AA
 * (searching for work) and BC (no work requirements): 4,994 × 2 × 2 = 19,976 cells. Two cells are null, as a
 * suppressed cell may be (City of London 001A in October, AA; City of London 001B in September, BC). Values
 * are pseudo-random (seed 2025), whole numbers written as {@code 112.0} as the API writes them.
 *
 * <p>The query the answer repeats is the descriptor's {@code source.body}, so {@link #main} rewrites the
 * descriptor's list of LSOAs too ({@link #writeDescriptorLsoas}). {@code StatXploreSampleTest} checks the
 * committed file matches and the descriptor asks for what it answers; run {@link #main} from the repository
 * root (or with it as the argument) to rewrite both.
 */
final class StatXploreSampleGenerator {

    static final String FILE = "uc-conditionality-lsoa.json";
    static final String LOOKUP = "../london/geography/london_lsoa21_msoa21_lad22_lookup.csv";
    static final String DESCRIPTOR = "schemas/src/main/resources/observatory/feeds/statxplore-uc-conditionality.json";
    static final List<String> MONTHS = List.of("202509", "202510");
    static final List<String> MONTH_LABELS = List.of("September 2025", "October 2025");
    static final List<String> REGIMES = List.of("AA", "BC");
    static final List<String> REGIME_LABELS = List.of("Searching for work", "No work requirements");
    /** Null cells, as {@code lsoa/month/regime}. */
    static final Set<String> NULL_CELLS = Set.of("E01000001/202510/AA", "E01000002/202509/BC");

    static final String DB = "UC_Monthly";
    static final String MEASURE = "str:count:UC_Monthly:V_F_UC_CASELOAD_FULL";
    static final String GEOGRAPHY_FIELD = "str:field:UC_Monthly:V_F_UC_CASELOAD_FULL:COA_CODE";
    static final String DATE_FIELD = "str:field:UC_Monthly:F_UC_DATE:DATE_NAME";
    static final String REGIME_FIELD = "str:field:UC_Monthly:V_F_UC_CASELOAD_FULL:CCCONDITIONALITY_REGIME";
    static final String LSOA_VALUE =
            "str:value:UC_Monthly:V_F_UC_CASELOAD_FULL:COA_CODE:V_C_MASTERGEOG21_LSOA_TO_MSOA:";
    static final String DATE_VALUE = "str:value:UC_Monthly:F_UC_DATE:DATE_NAME:C_UC_DATE:";
    static final String REGIME_VALUE =
            "str:value:UC_Monthly:V_F_UC_CASELOAD_FULL:CCCONDITIONALITY_REGIME:C_UC_CONDITIONALITY_REGIME:";

    record Lsoa(String code, String name) {}

    private StatXploreSampleGenerator() {}

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        Path dir = repo.resolve("data-samples/statxplore");
        write(dir.resolve(LOOKUP), dir.resolve(FILE));
        writeDescriptorLsoas(lsoas(dir.resolve(LOOKUP)), repo.resolve(DESCRIPTOR));
    }

    static void write(Path lookup, Path target) {
        try {
            Files.writeString(target, response(lsoas(lookup)), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every LSOA 2021 of the lookup, in its order. */
    static List<Lsoa> lsoas(Path lookup) throws IOException {
        List<Lsoa> lsoas = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(lookup, StandardCharsets.UTF_8)) {
            for (CSVRecord r : parser) {
                lsoas.add(new Lsoa(r.get("LSOA21CD"), r.get("LSOA21NM")));
            }
        }
        return lsoas;
    }

    /**
     * Replaces the LSOAs the descriptor's {@code source.body} asks for (its LSOA recode {@code map}, one
     * {@code [value]} entry per LSOA, each on three lines) with {@code lsoas}, leaving every other line as it is.
     */
    static void writeDescriptorLsoas(List<Lsoa> lsoas, Path descriptor) throws IOException {
        List<String> lines = Files.readAllLines(descriptor, StandardCharsets.UTF_8);
        int first = -1;
        int last = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(LSOA_VALUE)) {
                first = first < 0 ? i : first;
                last = i;
            }
        }
        if (first < 1 || !lines.get(first - 1).strip().equals("[")) {
            throw new IllegalStateException(descriptor + " has no LSOA recode map laid out one value a line");
        }
        String indent = lines.get(first - 1).substring(0, lines.get(first - 1).indexOf('['));
        List<String> rewritten = new ArrayList<>(lines.subList(0, first - 1));
        for (int i = 0; i < lsoas.size(); i++) {
            rewritten.add(indent + "[");
            rewritten.add(indent + "  \"" + LSOA_VALUE + lsoas.get(i).code() + "\"");
            rewritten.add(indent + "]" + (i < lsoas.size() - 1 ? "," : ""));
        }
        rewritten.addAll(lines.subList(last + 2, lines.size()));
        Files.writeString(descriptor, String.join("\n", rewritten) + "\n", StandardCharsets.UTF_8);
    }

    /** The query as the descriptor holds it under {@code source.body}, indented to sit inside the response. */
    static String query(List<Lsoa> lsoas) {
        return "{\n"
                + "    \"database\": \"str:database:" + DB + "\",\n"
                + "    \"measures\": [\"" + MEASURE + "\"],\n"
                + "    \"recodes\": {\n"
                + "      \"" + GEOGRAPHY_FIELD + "\": {\n"
                + "        \"map\": [\n"
                + lines(lsoas, lsoa -> "          [\"" + LSOA_VALUE + lsoa.code() + "\"]") + "\n"
                + "        ],\n"
                + "        \"total\": false\n"
                + "      },\n"
                + "      \"" + DATE_FIELD + "\": {\n"
                + "        \"map\": [" + inline(MONTHS, month -> "[\"" + DATE_VALUE + month + "\"]") + "],\n"
                + "        \"total\": false\n"
                + "      },\n"
                + "      \"" + REGIME_FIELD + "\": {\n"
                + "        \"map\": [" + inline(REGIMES, regime -> "[\"" + REGIME_VALUE + regime + "\"]") + "],\n"
                + "        \"total\": false\n"
                + "      }\n"
                + "    },\n"
                + "    \"dimensions\": [[\"" + GEOGRAPHY_FIELD + "\"], [\"" + DATE_FIELD + "\"], [\"" + REGIME_FIELD
                + "\"]]\n"
                + "  }";
    }

    static String response(List<Lsoa> lsoas) {
        return "{\n"
                + "  \"query\": " + query(lsoas) + ",\n"
                + "  \"database\": {\"id\": \"" + DB + "\", \"annotationKeys\": []},\n"
                + "  \"measures\": [{\"uri\": \"" + MEASURE + "\", \"label\": \"People on Universal Credit\"}],\n"
                + "  \"fields\": [\n"
                + "    {\"uri\": \"" + GEOGRAPHY_FIELD
                + "\", \"label\": \"National - Regional - LA - OAs\", \"items\": [\n"
                + lines(lsoas, lsoa -> item(lsoa.name(), LSOA_VALUE + lsoa.code())) + "\n"
                + "    ]},\n"
                + "    {\"uri\": \"" + DATE_FIELD + "\", \"label\": \"Month\", \"items\": [\n"
                + lines(indexes(MONTHS), i -> item(MONTH_LABELS.get(i), DATE_VALUE + MONTHS.get(i))) + "\n"
                + "    ]},\n"
                + "    {\"uri\": \"" + REGIME_FIELD + "\", \"label\": \"Conditionality Regime\", \"items\": [\n"
                + lines(indexes(REGIMES), i -> item(REGIME_LABELS.get(i), REGIME_VALUE + REGIMES.get(i))) + "\n"
                + "    ]}\n"
                + "  ],\n"
                + "  \"cubes\": {\n"
                + "    \"" + MEASURE + "\": {\"values\": [\n"
                + values(lsoas) + "\n"
                + "    ]}\n"
                + "  },\n"
                + "  \"annotationMap\": {}\n"
                + "}\n";
    }

    /** One line per LSOA: {@code [[AA, BC] September, [AA, BC] October]}. */
    private static String values(List<Lsoa> lsoas) {
        SplittableRandom random = new SplittableRandom(2025);
        List<String> lines = new ArrayList<>();
        for (Lsoa lsoa : lsoas) {
            int searching = 20 + random.nextInt(120);
            int noRequirements = 25 + random.nextInt(140);
            List<String> months = new ArrayList<>();
            for (String month : MONTHS) {
                List<String> cells = new ArrayList<>();
                cells.add(cell(lsoa, month, "AA", searching));
                cells.add(cell(lsoa, month, "BC", noRequirements));
                months.add("[" + String.join(", ", cells) + "]");
                searching = Math.max(0, searching + random.nextInt(11) - 5);
                noRequirements = Math.max(0, noRequirements + random.nextInt(11) - 4);
            }
            lines.add("      [" + String.join(", ", months) + "]");
        }
        return String.join(",\n", lines);
    }

    private static String cell(Lsoa lsoa, String month, String regime, int value) {
        return NULL_CELLS.contains(lsoa.code() + "/" + month + "/" + regime) ? "null" : value + ".0";
    }

    private static String item(String label, String uri) {
        return "      {\"type\": \"RecodeItem\", \"labels\": [\"" + label + "\"], \"uris\": [\"" + uri + "\"]}";
    }

    private static List<Integer> indexes(List<?> list) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    private static <T> String lines(List<T> list, Function<T, String> line) {
        return String.join(",\n", list.stream().map(line).toList());
    }

    private static <T> String inline(List<T> list, Function<T, String> part) {
        return String.join(", ", list.stream().map(part).toList());
    }
}
