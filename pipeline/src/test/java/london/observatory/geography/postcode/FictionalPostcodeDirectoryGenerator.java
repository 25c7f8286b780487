package london.observatory.geography.postcode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import london.observatory.geography.point.BritishNationalGrid;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes {@code data-samples/postcodes/nspl_sample.csv}, the default run's postcode directory: the real LSOA
 * 2021 codes of Camden, Hackney and Southwark, each with {@value #POSTCODES_PER_LSOA} live postcodes that
 * <b>cannot exist</b>. A postcode's outward code is a real district of its borough (the one whose rough
 * centre, below, is nearest the LSOA's centroid), but its inward code is a digit and two letters drawn only
 * from {@value #NEVER_IN_INWARD}, letters Royal Mail never uses in an inward code, so no row tells anyone
 * where a real postcode is. Besides those: one terminated postcode in Camden, one London postcode with the
 * pseudo LSOA {@code E99999999} (Newham, a large user) and four postcodes outside London (real outward codes
 * of Manchester, Birmingham, Leeds and Cardiff, fictional inward codes, and LSOA codes past the range ONS has
 * issued). Latitude and longitude are the LSOA's centroid (data-samples/london, drkane/geo-lookups); the grid
 * reference is that point on the British National Grid. Legacy NSPL layout, as
 * {@link SamplePostcodeDirectoryGenerator} writes the made-up fixture. {@code PostcodeSampleOnRealLondonTest}
 * checks the committed file matches; {@link SamplePostcodeDirectoryGenerator#main} rewrites both.
 */
public final class FictionalPostcodeDirectoryGenerator {

    public static final String FILE = "data-samples/postcodes/nspl_sample.csv";
    static final String LOOKUP = "data-samples/london/geography/london_lsoa21_msoa21_lad22_lookup.csv";
    static final String CENTROIDS = "data-samples/london/geography/london_lsoa11_lsoa21_centroids_drkane.csv";

    public static final int POSTCODES_PER_LSOA = 2;

    /** Royal Mail never uses these letters in an inward code, so a postcode whose inward code has them is fictional. */
    public static final String NEVER_IN_INWARD = "CIKMOV";

    public static final String CAMDEN = "E09000007";
    public static final String HACKNEY = "E09000012";
    public static final String SOUTHWARK = "E09000028";
    public static final List<String> BOROUGHS = List.of(CAMDEN, HACKNEY, SOUTHWARK);

    /** Terminated in December 2019; its LSOA is that of the first Camden LSOA in NW1. Live codes never use the digit 0. */
    public static final String TERMINATED = "NW1 0MK";

    public static final String PSEUDO = "E15 0VC";
    /** Manchester, Birmingham, Leeds, Cardiff. */
    public static final List<String> OUTSIDE_LONDON = List.of("M1 1KC", "B1 1MO", "LS1 1VC", "CF10 1IK");

    /** A postal district with a rough centre (to a few hundred metres), only to give each LSOA a likely one. */
    record District(String outward, double lat, double lon) {}

    private static final Map<String, List<District>> DISTRICTS = Map.of(
            CAMDEN,
            List.of(
                    new District("WC1", 51.5225, -0.1230),
                    new District("NW1", 51.5340, -0.1420),
                    new District("NW5", 51.5540, -0.1420),
                    new District("NW3", 51.5550, -0.1720),
                    new District("NW6", 51.5460, -0.1930),
                    new District("N6", 51.5710, -0.1470)),
            HACKNEY,
            List.of(
                    new District("N1", 51.5350, -0.0830),
                    new District("E2", 51.5330, -0.0710),
                    new District("E8", 51.5440, -0.0640),
                    new District("E9", 51.5420, -0.0410),
                    new District("E5", 51.5600, -0.0530),
                    new District("N16", 51.5620, -0.0770),
                    new District("N4", 51.5720, -0.0930)),
            SOUTHWARK,
            List.of(
                    new District("SE1", 51.5010, -0.0930),
                    new District("SE16", 51.4960, -0.0500),
                    new District("SE17", 51.4870, -0.0930),
                    new District("SE5", 51.4740, -0.0900),
                    new District("SE15", 51.4700, -0.0650),
                    new District("SE22", 51.4540, -0.0730),
                    new District("SE21", 51.4390, -0.0880)));

    private static final BritishNationalGrid GRID = new BritishNationalGrid();

    /** A row and where it is. */
    record Placed(SamplePostcodeDirectoryGenerator.Row row, double lat, double lon) {}

    private FictionalPostcodeDirectoryGenerator() {}

    static void write(Path lookup, Path centroids, Path out) {
        List<Placed> rows = rows(lookup, centroids);
        try {
            Files.createDirectories(out.getParent());
            try (Writer writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
                writer.append(SamplePostcodeDirectoryGenerator.HEADER).append("\r\n");
                for (Placed placed : rows) {
                    BritishNationalGrid.EastingNorthing grid = GRID.toGrid(placed.lat(), placed.lon());
                    writer.append(SamplePostcodeDirectoryGenerator.line(
                                    placed.row(),
                                    String.valueOf(Math.round(grid.easting())),
                                    String.valueOf(Math.round(grid.northing())),
                                    String.format(Locale.ROOT, "%.6f", placed.lat()),
                                    String.format(Locale.ROOT, "%.6f", placed.lon())))
                            .append("\r\n");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out, e);
        }
    }

    static List<Placed> rows(Path lookup, Path centroids) {
        Map<String, double[]> centroid = new HashMap<>();
        for (CSVRecord r : records(centroids)) {
            centroid.put(
                    r.get("LSOACD"),
                    new double[] {Double.parseDouble(r.get("latitude")), Double.parseDouble(r.get("longitude"))});
        }
        List<CSVRecord> lsoas = records(lookup);
        SplittableRandom random = new SplittableRandom(2021);
        Set<String> used = new HashSet<>();
        List<Placed> rows = new ArrayList<>();
        Placed terminated = null;
        for (String borough : BOROUGHS) {
            for (CSVRecord lsoa : lsoas) {
                if (!lsoa.get("LAD22CD").equals(borough)) {
                    continue;
                }
                double[] at = centroid.get(lsoa.get("LSOA21CD"));
                String outward = nearest(DISTRICTS.get(borough), at[0], at[1]);
                for (int k = 0; k < POSTCODES_PER_LSOA; k++) {
                    String pcds;
                    do {
                        pcds = outward + " " + (1 + random.nextInt(9)) + inwardLetter(random) + inwardLetter(random);
                    } while (!used.add(pcds));
                    rows.add(new Placed(
                            london(pcds, "", "0", borough, lsoa.get("LSOA21CD"), lsoa.get("MSOA21CD")), at[0], at[1]));
                }
                if (terminated == null && outward.equals("NW1")) {
                    terminated = new Placed(
                            london(TERMINATED, "201912", "0", borough, lsoa.get("LSOA21CD"), lsoa.get("MSOA21CD")),
                            at[0],
                            at[1]);
                }
            }
        }
        rows.add(terminated);
        rows.add(new Placed(london(PSEUDO, "", "1", "E09000025", "E99999999", "E99999999"), 51.5416, -0.0036));
        rows.add(elsewhere(OUTSIDE_LONDON.get(0), "E08000003", "E92000001", "E12000002", 1, 53.4794, -2.2453));
        rows.add(elsewhere(OUTSIDE_LONDON.get(1), "E08000025", "E92000001", "E12000005", 2, 52.4796, -1.9026));
        rows.add(elsewhere(OUTSIDE_LONDON.get(2), "E08000035", "E92000001", "E12000003", 3, 53.7965, -1.5478));
        rows.add(elsewhere(OUTSIDE_LONDON.get(3), "W06000015", "W92000004", "W99999999", 4, 51.4816, -3.1791));
        return rows;
    }

    private static String nearest(List<District> districts, double lat, double lon) {
        double cos = Math.cos(Math.toRadians(lat));
        District best = null;
        double bestDistance = Double.MAX_VALUE;
        for (District d : districts) {
            double dLat = d.lat() - lat;
            double dLon = (d.lon() - lon) * cos;
            double distance = dLat * dLat + dLon * dLon;
            if (distance < bestDistance) {
                best = d;
                bestDistance = distance;
            }
        }
        return best.outward();
    }

    private static SamplePostcodeDirectoryGenerator.Row london(
            String pcds, String doterm, String usertype, String laua, String lsoa21, String msoa21) {
        return new SamplePostcodeDirectoryGenerator.Row(
                pcds, doterm, usertype, laua, "E92000001", "E12000007", lsoa21, msoa21);
    }

    /** A postcode outside London in an LSOA code past the range ONS has issued (E018…, W018…). */
    private static Placed elsewhere(String pcds, String laua, String ctry, String rgn, int n, double lat, double lon) {
        String country = laua.substring(0, 1);
        return new Placed(
                new SamplePostcodeDirectoryGenerator.Row(
                        pcds,
                        "",
                        "0",
                        laua,
                        ctry,
                        rgn,
                        country + String.format("0180000%d", n),
                        country + String.format("0280000%d", n)),
                lat,
                lon);
    }

    private static char inwardLetter(SplittableRandom random) {
        return NEVER_IN_INWARD.charAt(random.nextInt(NEVER_IN_INWARD.length()));
    }

    private static List<CSVRecord> records(Path file) {
        try (CSVParser parser = CsvFiles.open(file)) {
            return parser.getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
