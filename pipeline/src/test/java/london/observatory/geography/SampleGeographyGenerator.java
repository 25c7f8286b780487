package london.observatory.geography;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * Writes the hand-made London-shaped geography in {@code pipeline/src/test/resources/made-up-london/geography/}: the real 33
 * borough codes and names, made-up MSOA/LSOA/ward codes in the real pattern (E02990…, E01990…,
 * E05990…, LSOA 2011 E01980…), real ONS and Nomis layouts, CRLF, and a BOM on the exact fit.
 * {@code SampleGeographyTest} regenerates the files and checks they are byte-identical to the
 * committed ones. Run {@link #main} with the output directory to rewrite them.
 */
final class SampleGeographyGenerator {

    static final String[] BOROUGHS = {
        "City of London",
        "Barking and Dagenham",
        "Barnet",
        "Bexley",
        "Brent",
        "Bromley",
        "Camden",
        "Croydon",
        "Ealing",
        "Enfield",
        "Greenwich",
        "Hackney",
        "Hammersmith and Fulham",
        "Haringey",
        "Harrow",
        "Havering",
        "Hillingdon",
        "Hounslow",
        "Islington",
        "Kensington and Chelsea",
        "Kingston upon Thames",
        "Lambeth",
        "Lewisham",
        "Merton",
        "Newham",
        "Redbridge",
        "Richmond upon Thames",
        "Southwark",
        "Sutton",
        "Tower Hamlets",
        "Waltham Forest",
        "Wandsworth",
        "Westminster"
    };

    static final String LOOKUP = "lsoa21_msoa21_lad22.csv";
    static final String EXACT_FIT = "lsoa11_lsoa21_lad22_exactfit.csv";
    static final String WARDS = "lsoa21_ward22_bestfit.csv";
    static final String TS001 = "census2021-ts001-lsoa.csv";
    static final String WARDS_2018 = "lsoa11_ward18_bestfit.csv";
    static final String WARDS_2014 = "lsoa11_ward14_bestfit.csv";

    /**
     * Boroughs whose wards were redrawn after 2018 (index into {@link #BOROUGHS}): in the 2018 and 2014
     * vintages each was one ward, "<borough> Central", coded E05970xxx. Southwark was redrawn in 2018
     * too: in 2014 it was one ward coded E05960028. Every other ward code lives on unchanged.
     */
    static final Set<Integer> REWARDED_2022 = Set.of(6, 24, 32);

    static final int REWARDED_2018 = 27;

    private static final CSVFormat ONS =
            CSVFormat.DEFAULT.builder().setRecordSeparator("\r\n").get();
    /** Nomis bulk files quote text (the date too) and leave counts bare. */
    private static final CSVFormat NOMIS =
            ONS.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

    record Lsoa(
            String code,
            String name,
            String msoaCode,
            String msoaName,
            String ladCode,
            String ladName,
            String wardCode,
            String wardName,
            int population,
            int communal) {}

    /** One exact-fit row. */
    record Link(String lsoa11, String lsoa11Name, Lsoa target, char chgind) {}

    private SampleGeographyGenerator() {}

    public static void main(String[] args) throws IOException {
        writeTo(Path.of(args.length > 0 ? args[0] : "pipeline/src/test/resources/made-up-london/geography"));
    }

    static void writeTo(Path dir) throws IOException {
        Files.createDirectories(dir);
        List<Lsoa> lsoas = lsoas();
        writeLookup(dir.resolve(LOOKUP), lsoas);
        List<Link> links = SampleChanges.links(lsoas);
        writeExactFit(dir.resolve(EXACT_FIT), links);
        writeWards(dir.resolve(WARDS), lsoas);
        writeOlderWards(dir.resolve(WARDS_2018), links, 18);
        writeOlderWards(dir.resolve(WARDS_2014), links, 14);
        writeTs001(dir.resolve(TS001), lsoas);
    }

    /** Two MSOAs per borough, one ward per MSOA; every third MSOA has three LSOAs, the others two. */
    static List<Lsoa> lsoas() {
        SplittableRandom random = new SplittableRandom(2021);
        List<Lsoa> lsoas = new ArrayList<>();
        for (int b = 0; b < BOROUGHS.length; b++) {
            for (int j = 0; j < 2; j++) {
                int m = b * 2 + j;
                String msoaName = String.format("%s %03d", BOROUGHS[b], j + 1);
                String ward = BOROUGHS[b] + (j == 0 ? " North" : " South");
                for (int k = 0; k < (m % 3 == 0 ? 3 : 2); k++) {
                    lsoas.add(new Lsoa(
                            String.format("E01%06d", 990_001 + lsoas.size()),
                            msoaName + (char) ('A' + k),
                            String.format("E02%06d", 990_001 + m),
                            msoaName,
                            String.format("E09%06d", b + 1),
                            BOROUGHS[b],
                            String.format("E05%06d", 990_001 + m),
                            ward,
                            random.nextInt(1_200, 2_501),
                            random.nextInt(0, 61)));
                }
            }
        }
        return lsoas;
    }

    private static void writeLookup(Path file, List<Lsoa> lsoas) throws IOException {
        try (CSVPrinter out = printer(file, ONS, false)) {
            out.printRecord("LSOA21CD", "LSOA21NM", "MSOA21CD", "MSOA21NM", "LAD22CD", "LAD22NM");
            for (Lsoa l : lsoas) {
                out.printRecord(l.code(), l.name(), l.msoaCode(), l.msoaName(), l.ladCode(), l.ladName());
            }
        }
    }

    /** ONS sorts the exact fit by LSOA 2011 code; this file also carries the BOM many ONS downloads have. */
    private static void writeExactFit(Path file, List<Link> links) throws IOException {
        List<Link> sorted = new ArrayList<>(links);
        sorted.sort(Comparator.comparing(Link::lsoa11)
                .thenComparing(link -> link.target().code()));
        try (CSVPrinter out = printer(file, ONS, true)) {
            out.printRecord(
                    "LSOA11CD",
                    "LSOA11NM",
                    "LSOA21CD",
                    "LSOA21NM",
                    "CHGIND",
                    "LAD22CD",
                    "LAD22NM",
                    "LAD22NMW",
                    "ObjectId");
            int objectId = 1;
            for (Link link : sorted) {
                Lsoa t = link.target();
                out.printRecord(
                        link.lsoa11(),
                        link.lsoa11Name(),
                        t.code(),
                        t.name(),
                        String.valueOf(link.chgind()),
                        t.ladCode(),
                        t.ladName(),
                        "",
                        objectId++);
            }
        }
    }

    private static void writeWards(Path file, List<Lsoa> lsoas) throws IOException {
        try (CSVPrinter out = printer(file, ONS, false)) {
            out.printRecord("lsoa21cd", "ward22cd", "ward22nm");
            for (Lsoa l : lsoas) {
                out.printRecord(l.code(), l.wardCode(), l.wardName());
            }
        }
    }

    /** ONS "LSOA (2011) to Ward (20nn)" best-fit layout: one row per LSOA 2011, sorted by code. */
    private static void writeOlderWards(Path file, List<Link> links, int vintage) throws IOException {
        Map<String, Link> byLsoa11 = new TreeMap<>();
        links.forEach(link -> byLsoa11.putIfAbsent(link.lsoa11(), link));
        String wd = "WD" + vintage;
        String lad = "LAD" + vintage;
        try (CSVPrinter out = printer(file, ONS, false)) {
            out.printRecord("LSOA11CD", "LSOA11NM", wd + "CD", wd + "NM", wd + "NMW", lad + "CD", lad + "NM", "FID");
            int fid = 1;
            for (Link link : byLsoa11.values()) {
                Lsoa t = link.target();
                String[] ward = olderWard(t, vintage);
                out.printRecord(
                        link.lsoa11(), link.lsoa11Name(), ward[0], ward[1], "", t.ladCode(), t.ladName(), fid++);
            }
        }
    }

    private static String[] olderWard(Lsoa lsoa, int vintage) {
        int borough = Integer.parseInt(lsoa.ladCode().substring(3)) - 1;
        if (REWARDED_2022.contains(borough)) {
            return new String[] {String.format("E05%06d", 970_001 + borough), BOROUGHS[borough] + " Central"};
        }
        if (vintage < 18 && borough == REWARDED_2018) {
            return new String[] {String.format("E05%06d", 960_001 + borough), BOROUGHS[borough] + " Central"};
        }
        return new String[] {lsoa.wardCode(), lsoa.wardName()};
    }

    private static void writeTs001(Path file, List<Lsoa> lsoas) throws IOException {
        try (CSVPrinter out = printer(file, NOMIS, false)) {
            out.printRecord(
                    "date",
                    "geography",
                    "geography code",
                    "Residence type: Total; measures: Value",
                    "Residence type: Lives in a household; measures: Value",
                    "Residence type: Lives in a communal establishment; measures: Value");
            for (Lsoa l : lsoas) {
                out.printRecord(
                        "2021", l.name(), l.code(), l.population(), l.population() - l.communal(), l.communal());
            }
        }
    }

    private static CSVPrinter printer(Path file, CSVFormat format, boolean bom) throws IOException {
        Writer writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        if (bom) {
            writer.write('\uFEFF');
        }
        return new CSVPrinter(writer, format);
    }

    /** Lsoa by name, for {@link SampleChanges}. */
    static Map<String, Lsoa> byName(List<Lsoa> lsoas) {
        Map<String, Lsoa> byName = new LinkedHashMap<>();
        lsoas.forEach(l -> byName.put(l.name(), l));
        return byName;
    }
}
