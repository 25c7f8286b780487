package london.observatory.connectors.hclic;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import london.observatory.source.spreadsheet.OdsSampleWriter;
import london.observatory.source.spreadsheet.SampleSheet;

/**
 * H-CLIC detailed local authority tables ({@code Detailed_LA_YYYYMM.ods}) in MHCLG's layout
 * (published as ODS): a contents sheet, then A1 with a title, a note, a three-row merged
 * header (code, local authority, higher-level authority name and code, a spacer column, then the
 * initial-assessment measures), England first, regions before their authorities, "Rest of England"
 * with no code, and footnotes below. National and regional figures are rounded to 10; local authority
 * figures are not. The figures are made up.
 */
public final class HclicSamples {

    /** Columns of A1 in the samples (0-based). */
    static final int CODE = 0;

    static final int NAME = 1;
    static final int WIDTH = 14;

    private HclicSamples() {}

    /** {@code data-samples/hclic/Detailed_LA_202403.ods}: the 33 boroughs and 2 authorities outside London. */
    public static void writeSample(Path file, List<String[]> boroughs) throws IOException {
        SampleSheet a1 = header(new SampleSheet("A1"));
        List<Object[]> london = new ArrayList<>();
        for (int i = 0; i < boroughs.size(); i++) {
            london.add(borough(i, boroughs.get(i)[0], boroughs.get(i)[1]));
        }
        Object[] medway = authority("E06000035", "Medway", "Medway", "E06000035", 410, 388, 37, 117.2);
        Object[] guildford = authority("E07000209", "Guildford", "Surrey", "E10000030", 121, 96, 14, 59.8);
        Object[] southEast = total("E12000008", "South East", List.<Object[]>of(medway, guildford), 0);
        Object[] rest = total("", "Rest of England", List.<Object[]>of(), 40_000);
        Object[] londonTotal = total("E12000007", "London", london, 0);
        a1.row(total("E92000001", "ENGLAND", List.<Object[]>of(londonTotal, southEast, rest), 0))
                .blank();
        a1.row(londonTotal);
        london.forEach(a1::row);
        a1.blank()
                .row(southEast)
                .row(medway)
                .row(total("E10000030", "Surrey", List.<Object[]>of(guildford), 0))
                .row(guildford);
        a1.blank().row(rest).blank();
        a1.row("Source: Ministry of Housing, Communities and Local Government, H-CLIC (sample made for tests)");
        a1.row("1. Number of households in area from ONS household projections; rates are per 1,000 households.");
        OdsSampleWriter.write(file, List.of(contents(), a1, a2p()));
    }

    /**
     * {@code hclic/a1-small.ods}: header rows 4–6 (depth 3); 5 authority rows (City of London with a
     * {@code [c]}, Camden with a total typed as text {@code "1,234"}, Hackney with {@code ..} throughout,
     * Islington with the bad number {@code 2O5}, Guildford), 4 set aside (England, London, South East,
     * Rest of England) and 1 footnote; a blank row inside the data.
     */
    public static void writeFixture(Path file) throws IOException {
        SampleSheet a1 = header(new SampleSheet("A1"));
        a1.row(withTotals("E92000001", "ENGLAND", "", "", 78_310, 37_610, 36_410, 9_950, 4_290, 24_200, 1.55, 1.50));
        a1.row(withTotals("E12000007", "London", "", "", 14_020, 6_570, 6_730, 1_870, 720, 3_710, 1.77, 1.81));
        a1.row(withTotals(
                "E09000001", "City of London", "London", "E12000007", 21, 7, 12, "[c]", 2, 4.567, 1.53, 2.63));
        a1.row(withTotals(
                "E09000007", "Camden", "London", "E12000007", "1,234", 640, 530, 118, 64, 96.812, 6.61, 5.47));
        a1.blank();
        a1.row(
                "E09000012",
                "Hackney",
                "London",
                "E12000007",
                null,
                "..",
                "..",
                "..",
                "..",
                "..",
                "..",
                112.45,
                "..",
                "..");
        a1.row(withTotals("E09000019", "Islington", "London", "E12000007", 512, 301, "2O5", 70, 6, 101.3, 2.97, 2.02));
        a1.row(withTotals("E12000008", "South East", "", "", 11_230, 5_790, 5_020, 1_540, 420, 3_900, 1.48, 1.29));
        a1.row(withTotals("E07000209", "Guildford", "Surrey", "E10000030", 231, 121, 96, 30, 14, 59.8, 2.02, 1.61));
        a1.row(withTotals("", "Rest of England", "", "", 53_060, 25_250, 24_660, 6_540, 3_150, 16_590, 1.52, 1.49));
        a1.blank();
        a1.row("Source: H-CLIC (fixture)");
        OdsSampleWriter.write(file, List.of(contents(), a1, a2p()));
    }

    /** Title, note, blank row, and the three header rows 4–6 with their merges. */
    private static SampleSheet header(SampleSheet a1) {
        a1.row("Table A1: Number of households by initial assessment of homelessness circumstances and needs, "
                + "England, January to March 2024");
        a1.row("Local authority figures are not rounded; England and regional figures are rounded to the nearest 10. "
                + "[c] = suppressed to protect confidentiality, .. = no return received.");
        a1.blank();
        int top = a1.nextRow() - 1;
        a1.row(
                "ONS code",
                "Local authority",
                "Higher level local authority",
                "Higher level local authority code",
                null,
                "Initial assessments",
                null,
                null,
                null,
                null,
                null,
                "Number of households in area (000s) [note 2]",
                "Households assessed as threatened with homelessness per (000s)",
                "Households assessed as homeless per (000s)");
        a1.row(
                null,
                null,
                null,
                null,
                null,
                "Total number of households assessed",
                "Total owed a prevention or relief duty",
                "Threatened with homelessness within 56 days - Prevention duty owed",
                null,
                "Homeless - Relief duty owed",
                "Not homeless nor threatened with homelessness within 56 days - no duty owed");
        a1.row(
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                "Total",
                "of which: due to service of valid Section 21 Notice");
        for (int c : new int[] {0, 1, 2, 3, 11, 12, 13}) {
            a1.merge(top, top + 2, c, c);
        }
        a1.merge(top, top, 5, 10);
        for (int c : new int[] {5, 6, 9, 10}) {
            a1.merge(top + 1, top + 2, c, c);
        }
        a1.merge(top + 1, top + 1, 7, 8);
        return a1;
    }

    private static Object[] borough(int i, String code, String name) {
        if (code.equals("E09000001")) {
            return withTotals(code, name, "London", "E12000007", 21, 7, 12, "[c]", 2, 4.567, 1.53, 2.63);
        }
        if (code.equals("E09000025")) { // a return whose total was typed as text: "1,234"
            return authority(code, name, "London", "E12000007", 640, 530, 64, 96.812);
        }
        if (code.equals("E09000020")) { // no return this quarter
            return new Object[] {
                code, name, "London", "E12000007", null, "..", "..", "..", "..", "..", "..", 70.123, "..", ".."
            };
        }
        int prevention = 90 + (i * 37) % 260;
        int relief = 110 + (i * 53) % 300;
        int notOwed = 8 + (i * 11) % 40;
        double households = Math.round((60 + (i * 7.3) % 110) * 1000) / 1000.0;
        return authority(code, name, "London", "E12000007", prevention, relief, notOwed, households);
    }

    private static Object[] authority(
            String code,
            String name,
            String upper,
            String upperCode,
            int prevention,
            int relief,
            int notOwed,
            double households) {
        int total = prevention + relief + notOwed;
        Object assessed =
                total >= 1000 ? String.format(Locale.UK, "%,d", total) : total; // some returns type thousands as text
        return withTotals(
                code,
                name,
                upper,
                upperCode,
                assessed,
                prevention,
                relief,
                prevention * 18 / 100,
                notOwed,
                households,
                round2(prevention / households),
                round2(relief / households));
    }

    private static Object[] withTotals(
            String code,
            String name,
            String upper,
            String upperCode,
            Object assessed,
            Object prevention,
            Object relief,
            Object s21,
            Object notOwed,
            double households,
            double threatenedRate,
            double homelessRate) {
        Object owed = prevention instanceof Integer p && relief instanceof Integer r ? (Object) (p + r) : "..";
        return new Object[] {
            code.isEmpty() ? null : code,
            name,
            upper.isEmpty() ? null : upper,
            upperCode.isEmpty() ? null : upperCode,
            null,
            assessed,
            owed,
            prevention,
            s21,
            relief,
            notOwed,
            households,
            threatenedRate,
            homelessRate
        };
    }

    /** A national or regional row: the sum of {@code parts} plus {@code extra}, rounded to the nearest 10. */
    private static Object[] total(String code, String name, List<Object[]> parts, int extra) {
        long[] sums = new long[WIDTH];
        double households = extra / 2.3;
        for (Object[] part : parts) {
            for (int c = 5; c <= 10; c++) {
                sums[c] += number(part[c]);
            }
            households += part[11] instanceof Number n ? n.doubleValue() : 0;
        }
        for (int c = 5; c <= 10; c++) {
            sums[c] += extra * (c == 5 ? 10L : c == 6 ? 6L : c == 7 ? 3L : c == 8 ? 1L : c == 9 ? 3L : 4L) / 10;
            sums[c] = Math.round(sums[c] / 10.0) * 10;
        }
        households = Math.round(households * 1000) / 1000.0;
        return new Object[] {
            code.isEmpty() ? null : code,
            name,
            null,
            null,
            null,
            sums[5],
            sums[6],
            sums[7],
            sums[8],
            sums[9],
            sums[10],
            households,
            round2(sums[7] / households),
            round2(sums[9] / households)
        };
    }

    private static long number(Object cell) {
        if (cell instanceof Number n) {
            return n.longValue();
        }
        String s = cell == null ? "" : cell.toString().replace(",", "");
        return s.matches("\\d+") ? Long.parseLong(s) : 0;
    }

    private static double round2(double d) {
        return Math.round(d * 100) / 100.0;
    }

    private static SampleSheet contents() {
        return new SampleSheet("Contents")
                .row("Statutory homelessness: detailed local authority level tables, January to March 2024")
                .blank()
                .row("Table", "Description")
                .row("A1", "Number of households by initial assessment of homelessness circumstances and needs")
                .row(
                        "A2P",
                        "Number of households owed a prevention duty by reason for threat of loss of last settled home");
    }

    private static SampleSheet a2p() {
        return new SampleSheet("A2P")
                .row(
                        "Table A2P: Number of households owed a prevention duty by reason for threat of loss of last settled home")
                .blank()
                .row("ONS code", "Local authority", "Total owed a prevention duty", "End of private rented tenancy")
                .row("E92000001", "ENGLAND", 37_610, 14_330)
                .row("E09000007", "Camden", 640, 212);
    }
}
