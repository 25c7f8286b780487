package london.observatory.connectors.borough;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import london.observatory.RepoFiles;
import london.observatory.geography.postcode.FictionalPostcodeDirectoryGenerator;
import london.observatory.source.CsvFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/**
 * Writes the made-up borough case lists in {@code data-samples/borough/}: the shapes boroughs really send
 * (names, addresses and reference numbers beside the postcode and date; headers that differ between
 * boroughs and between one borough's drops; UTF-8 with a byte order mark, Windows-1252, no final newline;
 * {@code dd/MM/yyyy} and ISO dates) with a known set of defects, listed in the constants below, that the
 * tests count exactly. Every person, address and reference is invented, and every postcode, placeable or
 * not, is fictional: drawn from the sample postcode directory ({@link FictionalPostcodeDirectoryGenerator},
 * whose inward codes use letters Royal Mail never uses), or, for the unknown one, in its pattern. Run
 * {@link #main} to regenerate (after the directory); {@code BoroughRecordSamplesTest} checks the committed files.
 */
public final class BoroughRecordSamples {

    public static final String DIR = "borough";
    public static final String CAMDEN_FOLDER = "camden-housing-register";
    public static final String HACKNEY_FILE = "hackney-temporary-accommodation.csv";
    public static final String SOUTHWARK_FILE = "southwark-council-tax-arrears.csv";

    /** Records per file: Camden's two monthly drops, Hackney, Southwark. */
    public static final int CAMDEN_JANUARY = 40;

    public static final int CAMDEN_FEBRUARY = 40;
    public static final int HACKNEY = 30;
    public static final int SOUTHWARK = 30;

    /** Planted defects. Camden's February drop: a date that does not exist, and one unplaceable record of each kind. */
    public static final String CAMDEN_BAD_DATE = "31/02/2024";

    public static final int CAMDEN_BAD_DATE_LINE = 12;
    public static final String PSEUDO_POSTCODE = FictionalPostcodeDirectoryGenerator.PSEUDO;
    /** Fictional like the rest, and not in the directory (its live postcodes never use the digit 0). */
    public static final String UNKNOWN_POSTCODE = "NW1 0VV";

    public static final String OUTSIDE_LONDON_POSTCODE = FictionalPostcodeDirectoryGenerator.OUTSIDE_LONDON.get(0);
    public static final String TERMINATED_POSTCODE = FictionalPostcodeDirectoryGenerator.TERMINATED;
    /** Hackney: a thirteenth month. Southwark: an empty date. Both quarantined by line. */
    public static final String HACKNEY_BAD_DATE = "2024-13-01T09:00:00";

    public static final int HACKNEY_BAD_DATE_LINE = 8;
    public static final int SOUTHWARK_EMPTY_DATE_LINE = 20;

    private static final String[] FORENAMES = {
        "Amara", "Bogdan", "Chidi", "Dorota", "Efua", "Farid", "Grainne", "Hamza", "Ines", "Jonas", "Kemi", "Luca",
        "Maeve", "Nikhil", "Oona", "Priya", "Quentin", "Rosa"
    };
    private static final String[] SURNAMES = {
        "Adeyemi",
        "Brennan",
        "Czarnecki",
        "Dufresne",
        "Eriksen",
        "Fofana",
        "Gallagher",
        "Hussain",
        "Iwu",
        "Jablonska",
        "Kowalczyk",
        "Lindqvist",
        "Mensah",
        "Nowak",
        "Okafor"
    };
    /** Hackney's file is Windows-1252: these names only survive if it is read as such. */
    private static final String[] ACCENTED = {"Zoë Ó Súilleabháin", "Renée Müller", "José Peña", "Anaïs Lefèvre"};

    private static final String[] STREETS = {
        "Mornington Crescent",
        "Kentish Town Road",
        "Mare Street",
        "Dalston Lane",
        "Old Kent Road",
        "Walworth Road",
        "Camden Road",
        "Graham Road"
    };

    private final Random random = new Random(20240301);

    /** Rewrites the samples under the repository root given as the argument (else the working directory). */
    public static void main(String[] args) throws IOException {
        if (System.getProperty("observatory.repo.root") == null) {
            System.setProperty("observatory.repo.root", args.length > 0 ? args[0] : ".");
        }
        new BoroughRecordSamples().writeAll(RepoFiles.dataSamples(DIR));
    }

    void writeAll(Path dir) throws IOException {
        Path camden = dir.resolve(CAMDEN_FOLDER);
        Files.createDirectories(camden);
        writeCamdenJanuary(camden.resolve("2024-01.csv"));
        writeCamdenFebruary(camden.resolve("2024-02.csv"));
        writeHackney(dir.resolve(HACKNEY_FILE));
        writeSouthwark(dir.resolve(SOUTHWARK_FILE));
    }

    /** UTF-8 with a byte order mark and CRLF, as Excel saves it; an address with a line break in it. */
    private void writeCamdenJanuary(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= CAMDEN_JANUARY; i++) {
            String postcode = pick(camden);
            if (i == 5) {
                postcode = postcode.toLowerCase().replace(" ", "");
            } else if (i == 6) {
                postcode = postcode.replace(" ", "  ");
            }
            String address = i == 3 ? "Flat 2,\n" + (10 + i) + " " + STREETS[0] : address(i);
            rows.add(List.of(
                    "CAM-HR-" + String.format("%06d", 1000 + i),
                    person(),
                    address,
                    postcode,
                    date(2024, 1, "dd/MM/yyyy"),
                    "Band " + "ABCD".charAt(i % 4),
                    String.valueOf(1 + i % 5)));
        }
        write(
                file,
                StandardCharsets.UTF_8,
                true,
                "\r\n",
                true,
                List.of(
                        "Applicant Reference",
                        "Full Name",
                        "Address",
                        "Postcode",
                        "Date of Application",
                        "Band",
                        "Household Size"),
                rows);
    }

    /** The next month's drop renames every column, and carries one record of each kind that cannot be counted. */
    private void writeCamdenFebruary(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= CAMDEN_FEBRUARY; i++) {
            String postcode = switch (i) {
                case 20 -> PSEUDO_POSTCODE;
                case 21 -> UNKNOWN_POSTCODE;
                case 22 -> OUTSIDE_LONDON_POSTCODE;
                case 23 -> "";
                case 24 -> TERMINATED_POSTCODE;
                default -> pick(camden);
            };
            // line 1 is the header, so record i is on line i + 1
            String date = i + 1 == CAMDEN_BAD_DATE_LINE ? CAMDEN_BAD_DATE : date(2024, 2, "dd/MM/yyyy");
            rows.add(List.of(
                    "CAM-HR-" + String.format("%06d", 2000 + i),
                    person(),
                    address(i),
                    postcode,
                    date,
                    "Band " + "ABCD".charAt(i % 4),
                    String.valueOf(1 + i % 4)));
        }
        write(
                file,
                StandardCharsets.UTF_8,
                true,
                "\r\n",
                true,
                List.of(
                        "Ref",
                        "Name",
                        "Address Line 1",
                        "Post Code",
                        "Application Date",
                        "Priority Band",
                        "Household Size"),
                rows);
    }

    /** Windows-1252, ISO date-times, three months in one file. */
    private void writeHackney(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= HACKNEY; i++) {
            String name = i <= ACCENTED.length ? ACCENTED[i - 1] : person();
            String[] parts = name.split(" ", 2);
            String date = i + 1 == HACKNEY_BAD_DATE_LINE
                    ? HACKNEY_BAD_DATE
                    : date(2024, 1 + i % 3, "yyyy-MM-dd") + "T09:00:00";
            rows.add(List.of(
                    "HAC/TA/" + (5000 + i),
                    parts[1],
                    parts[0],
                    address(i),
                    pick(hackney),
                    date,
                    i % 2 == 0 ? "Family with children" : "Single adult"));
        }
        write(
                file,
                Charset.forName("windows-1252"),
                false,
                "\r\n",
                true,
                List.of(
                        "Case Number",
                        "Surname",
                        "Forename",
                        "Placement Address",
                        "Post Code",
                        "Placement Start Date",
                        "Household Type"),
                rows);
    }

    /** Plain UTF-8, LF, no final newline; balances with thousands separators inside quotes. */
    private void writeSouthwark(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= SOUTHWARK; i++) {
            String date = i + 1 == SOUTHWARK_EMPTY_DATE_LINE ? "" : date(2024, 1 + i % 2, "dd/MM/yyyy");
            rows.add(List.of(
                    String.valueOf(7_100_000 + i * 37),
                    person(),
                    address(i),
                    pick(southwark),
                    date,
                    String.format(Locale.UK, "%,.2f", 150 + random.nextInt(300_000) / 100.0)));
        }
        write(
                file,
                StandardCharsets.UTF_8,
                false,
                "\n",
                false,
                List.of("Account Number", "Account Holder", "Property Address", "PCODE", "Arrears Date", "Balance"),
                rows);
    }

    /**
     * The live postcodes each borough's records are drawn from: the first ones of one district of the borough
     * in the sample postcode directory (all fictional), as many as the samples have always drawn from.
     */
    private final String[] camden = pool(FictionalPostcodeDirectoryGenerator.CAMDEN, "NW1", 15);

    private final String[] hackney = pool(FictionalPostcodeDirectoryGenerator.HACKNEY, "E8", 12);
    private final String[] southwark = pool(FictionalPostcodeDirectoryGenerator.SOUTHWARK, "SE1", 15);

    static String[] pool(String borough, String outward, int size) {
        Path directory = RepoFiles.root().resolve(FictionalPostcodeDirectoryGenerator.FILE);
        List<String> postcodes = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(directory)) {
            for (CSVRecord row : parser) {
                String pcds = row.get("pcds");
                if (postcodes.size() < size
                        && row.get("laua").equals(borough)
                        && row.get("doterm").isEmpty()
                        && pcds.startsWith(outward + " ")) {
                    postcodes.add(pcds);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + directory, e);
        }
        if (postcodes.size() < size) {
            throw new IllegalStateException(
                    directory + " has only " + postcodes.size() + " live " + outward + " postcodes in " + borough);
        }
        return postcodes.toArray(String[]::new);
    }

    private String pick(String[] postcodes) {
        return postcodes[random.nextInt(postcodes.length)];
    }

    private String person() {
        return FORENAMES[random.nextInt(FORENAMES.length)] + " " + SURNAMES[random.nextInt(SURNAMES.length)];
    }

    private String address(int i) {
        return (3 + random.nextInt(180)) + " " + STREETS[(i + random.nextInt(STREETS.length)) % STREETS.length];
    }

    private String date(int year, int month, String pattern) {
        LocalDate day = LocalDate.of(year, month, 1 + random.nextInt(28));
        return day.format(DateTimeFormatter.ofPattern(pattern));
    }

    private static void write(
            Path file,
            Charset charset,
            boolean bom,
            String newline,
            boolean finalNewline,
            List<String> header,
            List<List<String>> rows)
            throws IOException {
        CSVFormat format =
                CSVFormat.RFC4180.builder().setRecordSeparator(newline).get();
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, format)) {
            printer.printRecord(header);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        }
        String content = finalNewline ? text.toString() : text.substring(0, text.length() - newline.length());
        try (Writer out = Files.newBufferedWriter(file, charset)) {
            if (bom) {
                out.write('\uFEFF');
            }
            out.write(content);
        }
    }
}
