package london.observatory.geography.postcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes {@code pipeline/src/test/resources/made-up-london/geography/nspl_sample.csv}: a made-up postcode directory in the legacy NSPL
 * layout for the sample geography. Three live postcodes per sample LSOA 2021 in one real-looking district
 * per borough, one terminated postcode (W1A 0AX, Westminster), one London postcode with the pseudo LSOA
 * {@code E99999999} (a large user), and four postcodes outside London in made-up LSOAs. CRLF, quoted strings,
 * bare lat/long, as ONS writes it. Grid references and coordinates are random (roughly London for London
 * rows, one fixed point elsewhere): nothing reads them yet. {@code PostcodeSampleTest} checks the committed
 * file matches. Run {@link #main} from the repository root to rewrite it (and the default run's sample).
 */
final class SamplePostcodeDirectoryGenerator {

    static final String FILE = "nspl_sample.csv";
    static final String FIXTURE_DIR = "pipeline/src/test/resources/made-up-london/geography";
    static final String LOOKUP = "lsoa21_msoa21_lad22.csv";
    static final int POSTCODES_PER_LSOA = 3;

    static final String HEADER = "pcd,pcd2,pcds,dointr,doterm,usertype,oseast1m,osnrth1m,osgrdind,oa21,cty,ced,"
            + "laua,ward,nhser,ctry,rgn,pcon,ttwa,itl,park,lsoa21,msoa21,wz11,sicbl,bua24,ruc21,oac11,lat,long,"
            + "lep1,lep2,pfa,imd,icb";

    /** One postal district per borough, in borough code order (E09000001 … E09000033). */
    private static final String[] DISTRICTS = {
        "EC2V", "IG11", "EN5", "DA6", "HA9", "BR1", "NW1", "CR0", "W5", "EN1", "SE10", "E8", "W6", "N17", "HA1", "RM1",
        "UB8", "TW3", "N1", "W8", "KT1", "SW2", "SE13", "SW19", "E15", "IG1", "TW9", "SE1", "SM1", "E1", "E17", "SW18",
        "SW1A"
    };

    private static final String UNIT_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"; // Royal Mail never uses C, I, K, M, O, V

    /** The columns that vary; the writer fills the rest. */
    record Row(
            String pcds,
            String doterm,
            String usertype,
            String laua,
            String ctry,
            String rgn,
            String lsoa21,
            String msoa21) {}

    private SamplePostcodeDirectoryGenerator() {}

    /**
     * Rewrites both directories from the repository root (the argument, else the working directory): this
     * made-up fixture and the default run's {@link FictionalPostcodeDirectoryGenerator sample on real codes}.
     */
    public static void main(String[] args) {
        Path root = Path.of(args.length > 0 ? args[0] : ".");
        Path dir = root.resolve(FIXTURE_DIR);
        write(dir.resolve(LOOKUP), dir.resolve(FILE));
        FictionalPostcodeDirectoryGenerator.write(
                root.resolve(FictionalPostcodeDirectoryGenerator.LOOKUP),
                root.resolve(FictionalPostcodeDirectoryGenerator.CENTROIDS),
                root.resolve(FictionalPostcodeDirectoryGenerator.FILE));
    }

    static void write(Path lookup, Path out) {
        List<Row> rows = rows(lookup);
        SplittableRandom random = new SplittableRandom(2024);
        try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            writer.append(HEADER).append("\r\n");
            for (Row row : rows) {
                writer.append(line(row, random)).append("\r\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    /** One data line of the made-up directory: grid reference and (in London) lat/long drawn at random. */
    private static String line(Row row, SplittableRandom random) {
        boolean london = row.rgn().equals("E12000007");
        String lat = london ? String.format(Locale.ROOT, "%.6f", 51.30 + random.nextDouble() * 0.38) : "53.480000";
        String lon = london ? String.format(Locale.ROOT, "%.6f", -0.50 + random.nextDouble() * 0.80) : "-2.240000";
        String easting = String.valueOf(random.nextInt(505_000, 560_000));
        String northing = String.valueOf(random.nextInt(155_000, 200_000));
        return line(row, easting, northing, lat, lon);
    }

    /**
     * One data line in the legacy NSPL layout: {@code pcd} 7 wide and {@code pcd2} 8 wide (outward code
     * padded to 4), strings quoted, lat/long bare; the columns nothing reads are left empty.
     */
    static String line(Row row, String easting, String northing, String lat, String lon) {
        String[] outwardInward = row.pcds().split(" ");
        String pcd = String.format("%-4s%s", outwardInward[0], outwardInward[1]); // 7 wide: "BR1 4BY"
        String pcd2 = String.format("%-4s %s", outwardInward[0], outwardInward[1]); // 8 wide: "BR1  4BY"
        String[] values = {
            pcd,
            pcd2,
            row.pcds(),
            "198001",
            row.doterm(),
            row.usertype(),
            easting,
            northing,
            "1",
            "",
            "",
            "",
            row.laua(),
            "",
            "",
            row.ctry(),
            row.rgn(),
            "",
            "",
            "",
            "",
            row.lsoa21(),
            row.msoa21(),
            "",
            "",
            "",
            "",
            "",
            lat,
            lon,
            "",
            "",
            "",
            "",
            ""
        };
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            line.append(i == 0 ? "" : ",");
            line.append(i == 28 || i == 29 ? values[i] : '"' + values[i] + '"');
        }
        return line.toString();
    }

    static List<Row> rows(Path lookup) {
        Map<String, List<CSVRecord>> byBorough = new LinkedHashMap<>();
        try (CSVParser parser = CsvFiles.open(lookup)) {
            for (CSVRecord r : parser) {
                byBorough
                        .computeIfAbsent(r.get("LAD22CD"), k -> new ArrayList<>())
                        .add(r);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + lookup, e);
        }
        SplittableRandom random = new SplittableRandom(2021);
        Set<String> used = new HashSet<>();
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<CSVRecord>> borough : byBorough.entrySet()) {
            String district = DISTRICTS[Integer.parseInt(borough.getKey().substring(3)) - 1];
            List<CSVRecord> lsoas = borough.getValue();
            for (int i = 0; i < lsoas.size(); i++) {
                for (int k = 0; k < POSTCODES_PER_LSOA; k++) {
                    String pcds;
                    do {
                        pcds = district + " " + (i + 1) + unitLetter(random) + unitLetter(random);
                    } while (!used.add(pcds));
                    rows.add(london(
                            pcds,
                            "",
                            "0",
                            borough.getKey(),
                            lsoas.get(i).get("LSOA21CD"),
                            lsoas.get(i).get("MSOA21CD")));
                }
            }
        }
        rows.add(london("W1A 0AX", "201912", "0", "E09000033", "E01990151", "E02990065")); // terminated
        rows.add(london("E15 9ZZ", "", "1", "E09000025", "E99999999", "E99999999")); // pseudo LSOA
        rows.add(new Row("M1 1AE", "", "0", "E08000003", "E92000001", "E12000002", "E01800001", "E02800001"));
        rows.add(new Row("B1 1BB", "", "0", "E08000025", "E92000001", "E12000005", "E01800002", "E02800002"));
        rows.add(new Row("LS1 1UR", "", "0", "E08000035", "E92000001", "E12000003", "E01800003", "E02800003"));
        rows.add(new Row("CF10 1EP", "", "0", "W06000015", "W92000004", "W99999999", "W01800004", "W02800004"));
        return rows;
    }

    private static Row london(String pcds, String doterm, String usertype, String laua, String lsoa21, String msoa21) {
        return new Row(pcds, doterm, usertype, laua, "E92000001", "E12000007", lsoa21, msoa21);
    }

    private static char unitLetter(SplittableRandom random) {
        return UNIT_LETTERS.charAt(random.nextInt(UNIT_LETTERS.length()));
    }
}
