package london.observatory.mapping;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
 * sample LSOA with made-up but internally consistent counts (categories add up to their totals), plus
 * two rows outside London (one English, one Welsh LSOA) as a national download has. Usual residents come
 * from the sample TS001 so every table agrees with the spine's population. {@code SampleCensusTest}
 * checks the committed files are byte-identical to what this writes.
 */
final class SampleCensusGenerator {

    static final List<String> TABLES = List.of("ts066", "ts037", "ts038", "ts052", "ts054");
    private static final String V = "; measures: Value";
    private static final CSVFormat NOMIS = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator("\r\n")
            .setQuoteMode(QuoteMode.NON_NUMERIC)
            .get();

    record Lsoa(String code, String name, int residents) {}

    private SampleCensusGenerator() {}

    public static void main(String[] args) throws IOException {
        Path repo = Path.of(args.length > 0 ? args[0] : ".");
        writeTo(
                repo.resolve("pipeline/src/test/resources/made-up-london/geography/census2021-ts001-lsoa.csv"),
                repo.resolve("data-samples/nomis"));
    }

    static void writeTo(Path ts001, Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Lsoa> lsoas = lsoas(ts001);
        lsoas.add(new Lsoa("E01005001", "Manchester 001A", 1_702));
        lsoas.add(new Lsoa("W01000001", "Isle of Anglesey 001A", 1_488));
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
        try (CSVPrinter out = new CSVPrinter(
                Files.newBufferedWriter(dir.resolve("census2021-" + table + "-lsoa.csv"), StandardCharsets.UTF_8),
                NOMIS)) {
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

    private static List<Lsoa> lsoas(Path ts001) throws IOException {
        List<Lsoa> lsoas = new ArrayList<>();
        try (Reader reader = CsvFiles.reader(ts001, StandardCharsets.UTF_8);
                CSVParser parser = CsvFiles.WITH_HEADER.parse(reader)) {
            for (CSVRecord r : parser) {
                lsoas.add(new Lsoa(
                        r.get("geography code"),
                        r.get("geography"),
                        Integer.parseInt(r.get("Residence type: Total; measures: Value"))));
            }
        }
        return lsoas;
    }
}
