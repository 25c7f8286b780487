package london.observatory.mapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the Census 2021 samples in {@code data-samples/nomis/}: Nomis bulk CSV layout
 * ({@code "date","geography","geography code","<Variable>: <Category>; measures: Value",...}), one row per
 * real London LSOA 2021 (codes and names from {@code data-samples/london/geography}), plus two rows outside
 * London (one English, one Welsh LSOA) as a national download has. TS001's usual residents are the real
 * Census 2021 counts ({@code TotalRes21} of the exact fit, read once per LSOA 2021); its household /
 * communal split and every other table's categories are made up (seeded) but internally consistent
 * (categories add up to their totals, and every table agrees with TS001's residents). The two outside-London
 * rows are made up throughout. {@code SampleCensusTest} checks the committed files are byte-identical to what
 * this writes; run {@link #main} from the repository root (or with it as the argument) to rewrite them.
 */
final class SampleCensusGenerator {

    static final List<String> TABLES = List.of("ts001", "ts066", "ts037", "ts038", "ts052", "ts054");
    static final String LOOKUP = "london_lsoa21_msoa21_lad22_lookup.csv";
    static final String EXACT_FIT = "london_lsoa11_lsoa21_lad22_exactfit_census_totals.csv";
    private static final String V = "; measures: Value";
    private static final CSVFormat NOMIS = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .get();

    record Lsoa(String code, String name, int residents) {}

    static String fileName(String table) {
        return "census2021-" + table + "-lsoa.csv";
    }

    private SampleCensusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        writeTo(repo.resolve("data-samples/london/geography"), repo.resolve("data-samples/nomis"));
    }

    /** Writes every table of {@link #TABLES} into {@code dir}, over the real London geography in {@code geography}. */
    static void writeTo(Path geography, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Lsoa> lsoas = lsoas(geography.resolve(LOOKUP), geography.resolve(EXACT_FIT));
        lsoas.add(new Lsoa("E01005001", "Manchester 001A", 1_702));
        lsoas.add(new Lsoa("W01000001", "Isle of Anglesey 001A", 1_488));
        write(
                dir,
                "ts001",
                lsoas,
                1,
                SampleCensusGenerator::residence,
                "Residence type: Total",
                "Residence type: Lives in a household",
                "Residence type: Lives in a communal establishment");
        write(
                dir,
                "ts066",
                lsoas,
                66,
                SampleCensusGenerator::economicActivity,
                "Economic activity status: Total: All usual residents aged 16 years and over",
                "Economic activity status: Economically active (excluding full-time students)",
                "Economic activity status: Economically active (excluding full-time students): In employment",
                "Economic activity status: Economically active (excluding full-time students): Unemployed",
                "Economic activity status: Economically active and a full-time student",
                "Economic activity status: Economically active and a full-time student: In employment",
                "Economic activity status: Economically active and a full-time student: Unemployed",
                "Economic activity status: Economically inactive",
                "Economic activity status: Economically inactive: Retired",
                "Economic activity status: Economically inactive: Student",
                "Economic activity status: Economically inactive: Looking after home or family",
                "Economic activity status: Economically inactive: Long-term sick or disabled",
                "Economic activity status: Economically inactive: Other");
        write(
                dir,
                "ts037",
                lsoas,
                37,
                (l, r) -> split(l.residents(), r, 48, 33, 12, 5, 2),
                "General health: Total: All usual residents",
                "General health: Very good health",
                "General health: Good health",
                "General health: Fair health",
                "General health: Bad health",
                "General health: Very bad health");
        write(
                dir,
                "ts038",
                lsoas,
                38,
                SampleCensusGenerator::disability,
                "Disability: Total: All usual residents",
                "Disability: Disabled under the Equality Act",
                "Disability: Disabled under the Equality Act: Day-to-day activities limited a lot",
                "Disability: Disabled under the Equality Act: Day-to-day activities limited a little",
                "Disability: Not disabled under the Equality Act",
                "Disability: Not disabled under the Equality Act: Has long term physical or mental health condition but day-to-day activities are not limited",
                "Disability: Not disabled under the Equality Act: No long term physical or mental health conditions");
        write(
                dir,
                "ts052",
                lsoas,
                52,
                (l, r) -> split(households(l), r, 16, 22, 38, 15, 9),
                "Occupancy rating for bedrooms: Total: All households",
                "Occupancy rating for bedrooms: +2 or more",
                "Occupancy rating for bedrooms: +1",
                "Occupancy rating for bedrooms: 0",
                "Occupancy rating for bedrooms: -1",
                "Occupancy rating for bedrooms: -2 or less");
        write(
                dir,
                "ts054",
                lsoas,
                54,
                SampleCensusGenerator::tenure,
                "Tenure of household: Total: All households",
                "Tenure of household: Owned",
                "Tenure of household: Shared ownership",
                "Tenure of household: Social rented",
                "Tenure of household: Private rented",
                "Tenure of household: Lives rent free");
    }

    private interface Counts {
        int[] of(Lsoa lsoa, SplittableRandom random);
    }

    private static void write(Path dir, String table, List<Lsoa> lsoas, long seed, Counts counts, String... columns)
            throws IOException {
        try (CSVPrinter out =
                new CSVPrinter(Files.newBufferedWriter(dir.resolve(fileName(table)), StandardCharsets.UTF_8), NOMIS)) {
            List<Object> header = new ArrayList<>(List.of("date", "geography", "geography code"));
            for (String column : columns) {
                header.add(column + V);
            }
            out.printRecord(header);
            SplittableRandom random = new SplittableRandom(2021 + seed);
            for (Lsoa lsoa : lsoas) {
                List<Object> row = new ArrayList<>(List.of("2021", lsoa.name(), lsoa.code()));
                for (int value : counts.of(lsoa, random)) {
                    row.add(value);
                }
                out.printRecord(row);
            }
        }
    }

    /** {total, parts...}: the total shared over the parts by jittered percentages, the last part taking the rest. */
    private static int[] split(int total, SplittableRandom random, int... percents) {
        int[] out = new int[percents.length + 1];
        out[0] = total;
        int left = total;
        for (int i = 0; i < percents.length - 1; i++) {
            int share = (int) Math.round(total * Math.max(0, percents[i] + random.nextInt(-3, 4)) / 100.0);
            out[i + 1] = Math.min(left, share);
            left -= out[i + 1];
        }
        out[percents.length] = left;
        return out;
    }

    /** {total, in households, in communal establishments}: up to 60 residents in communal establishments. */
    private static int[] residence(Lsoa lsoa, SplittableRandom random) {
        int communal = random.nextInt(0, 61);
        return new int[] {lsoa.residents(), lsoa.residents() - communal, communal};
    }

    private static int[] economicActivity(Lsoa lsoa, SplittableRandom random) {
        int adults = (int) Math.round(lsoa.residents() * 0.81);
        int[] s = split(adults, random, 60, 6, 34); // active non-students, active students, inactive
        int[] active = split(s[1], random, 93, 7);
        int[] students = split(s[2], random, 80, 20);
        int[] inactive = split(s[3], random, 35, 25, 15, 12, 13);
        return new int[] {
            adults,
            s[1],
            active[1],
            active[2],
            s[2],
            students[1],
            students[2],
            s[3],
            inactive[1],
            inactive[2],
            inactive[3],
            inactive[4],
            inactive[5]
        };
    }

    private static int[] disability(Lsoa lsoa, SplittableRandom random) {
        int[] s = split(lsoa.residents(), random, 16, 84);
        int[] disabled = split(s[1], random, 45, 55);
        int[] not = split(s[2], random, 8, 92);
        return new int[] {lsoa.residents(), s[1], disabled[1], disabled[2], s[2], not[1], not[2]};
    }

    private static int[] tenure(Lsoa lsoa, SplittableRandom random) {
        return split(households(lsoa), random, 45, 2, 23, 29, 1);
    }

    private static int households(Lsoa lsoa) {
        return (int) Math.round(lsoa.residents() / 2.4);
    }

    /**
     * Every LSOA 2021 of the lookup, in its order, with its name there and its usual residents from the exact
     * fit ({@code TotalRes21}; a merge repeats the LSOA 2021's count on each of its LSOA 2011 rows, read once).
     */
    static List<Lsoa> lsoas(Path lookup, Path exactFit) throws IOException {
        Map<String, Integer> residents = new HashMap<>();
        try (CSVParser parser = CsvFiles.open(exactFit, StandardCharsets.UTF_8)) {
            for (CSVRecord r : parser) {
                residents.putIfAbsent(r.get("LSOA21CD"), Integer.parseInt(r.get("TotalRes21")));
            }
        }
        List<Lsoa> lsoas = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(lookup, StandardCharsets.UTF_8)) {
            for (CSVRecord r : parser) {
                String code = r.get("LSOA21CD");
                Integer count = residents.get(code);
                if (count == null) {
                    throw new IllegalStateException(code + " is in " + lookup + " but not in " + exactFit);
                }
                lsoas.add(new Lsoa(code, r.get("LSOA21NM"), count));
            }
        }
        return lsoas;
    }
}
