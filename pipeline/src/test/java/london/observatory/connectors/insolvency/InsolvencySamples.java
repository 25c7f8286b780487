package london.observatory.connectors.insolvency;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import london.observatory.source.spreadsheet.SampleSheet;
import london.observatory.source.spreadsheet.XlsxSampleWriter;

/**
 * The Insolvency Service's "Individual insolvencies by location, age and gender" workbook in the
 * GOV.UK accessible-table layout (assumed: the exact layout of each year's release is unconfirmed):
 * cover, contents and notes sheets, then one table per sheet ({@code Table_1}...) with the title in
 * A1, a few note lines, one header row ({@code Area code, Area name, Insolvency type} and one column
 * per year, years stored as numbers and the provisional year as text {@code "2023 [note 5]"}), and
 * rows for England and Wales, England, regions, local authorities and Wales. Small counts are
 * {@code [c]}, unavailable figures {@code [x]}. The figures are made up.
 */
public final class InsolvencySamples {

    static final String[] TYPES = {
        "Total individual insolvencies", "Bankruptcies", "Debt relief orders", "Individual voluntary arrangements"
    };
    static final String COUNT_TITLE =
            "Table 2: Number of individual insolvencies by local authority and insolvency type, "
                    + "England and Wales, %d to %d [note 3]";
    static final String RATE_TITLE = "Table 3: Individual insolvency rates per 10,000 adults by local authority and "
            + "insolvency type, England and Wales, %d to %d [note 3] [note 4]";

    private InsolvencySamples() {}

    /** The sample workbook: 33 boroughs, Birmingham and Cardiff (35 areas × 4 types × 2014–2023). */
    public static void writeSample(Path file, List<String[]> boroughs) throws IOException {
        List<String[]> areas = new ArrayList<>();
        areas.add(new String[] {"K04000001", "England and Wales", "9000"});
        areas.add(new String[] {"E92000001", "England", "8000"});
        areas.add(new String[] {"E12000007", "London", "1500"});
        for (int i = 0; i < boroughs.size(); i++) {
            String code = boroughs.get(i)[0];
            int base = code.equals("E09000001") ? 8 : 80 + (i * 29) % 220;
            areas.add(new String[] {code, boroughs.get(i)[1], Integer.toString(base)});
        }
        areas.add(new String[] {"E12000005", "West Midlands", "1100"});
        areas.add(new String[] {"E08000025", "Birmingham", "410"});
        areas.add(new String[] {"W92000004", "Wales", "700"});
        areas.add(new String[] {"W06000015", "Cardiff", "150"});
        XlsxSampleWriter.write(
                file,
                List.of(
                        cover(),
                        contents(),
                        notes(),
                        regions(),
                        table("Table_2", COUNT_TITLE, areas, 2014, 2023, false),
                        table("Table_3", RATE_TITLE, areas, 2014, 2023, true)));
    }

    /**
     * Fixtures: {@code la-tables.xlsx} (header depth 1), {@code la-extra-header-row.xlsx} (one extra
     * header row, depth 2) and {@code la-long.xlsx} (a Year column). See the tests for their contents.
     */
    public static void writeFixtures(Path dir) throws IOException {
        XlsxSampleWriter.write(
                dir.resolve("la-tables.xlsx"),
                List.of(
                        cover(),
                        contents(),
                        notes(),
                        regions(),
                        fixtureTable("Table_2", COUNT_TITLE, false),
                        fixtureTable("Table_3", RATE_TITLE, true)));
        SampleSheet extra = new SampleSheet("Table_2")
                .row(String.format(COUNT_TITLE, 2021, 2023))
                .row("This worksheet contains one table.")
                .row(null, null, null, "Number of individual insolvencies by calendar year")
                .row("Area code", "Area name", "Insolvency type", 2021, 2022, "2023 [note 5]")
                .row("E12000007", "London", "Bankruptcies", 1_830, 1_790, 1_910)
                .row("E09000001", "City of London", "Bankruptcies", "[c]", "[c]", 5)
                .row("E09000007", "Camden", "Bankruptcies", 97, 88, 102);
        XlsxSampleWriter.write(dir.resolve("la-extra-header-row.xlsx"), List.of(cover(), extra));
        SampleSheet longLayout = new SampleSheet("Table_2")
                .row(String.format(COUNT_TITLE, 2022, 2023))
                .blank()
                .row("Area code", "Area name", "Year", "Bankruptcies", "Debt relief orders")
                .row("E09000007", "Camden", 2022, 88, 143)
                .row("E09000007", "Camden", "2023 [note 5]", 102, "[c]")
                .row("E12000007", "London", 2023, 1_910, 4_020);
        XlsxSampleWriter.write(dir.resolve("la-long.xlsx"), List.of(cover(), longLayout));
    }

    /**
     * Rows 6–23 of the fixture table: England and Wales and London (2 rows each, set aside), City of
     * London ({@code [c]}), Camden ({@code "1,204"} typed as text), a blank row, Hackney ({@code [x]}
     * and the bad number {@code 12a}), Islington with a malformed code {@code E0900001}, Cardiff, a
     * "Total" row with no code (set aside), a blank row and a footnote.
     */
    private static SampleSheet fixtureTable(String name, String title, boolean rates) {
        SampleSheet sheet = preamble(new SampleSheet(name), title, 2021, 2023);
        sheet.row("Area code", "Area name", "Insolvency type", 2021, 2022, "2023 [note 5]");
        Object[][] rows = {
            {"K04000001", "England and Wales", "Bankruptcies", 6_810, 6_550, 7_020},
            {"K04000001", "England and Wales", "Debt relief orders", 24_440, 25_610, 31_370},
            {"E12000007", "London", "Bankruptcies", 1_830, 1_790, 1_910},
            {"E12000007", "London", "Debt relief orders", 3_200, 3_390, 4_020},
            {"E09000001", "City of London", "Bankruptcies", "[c]", "[c]", 5},
            {"E09000001", "City of London", "Debt relief orders", 6, "[c]", 7},
            {"E09000007", "Camden", "Bankruptcies", 97, "1,204", 102},
            {"E09000007", "Camden", "Debt relief orders", 121, 143, 166},
            null,
            {"E09000012", "Hackney", "Bankruptcies", "[x]", 91, 95},
            {"E09000012", "Hackney", "Debt relief orders", "[x]", 150, "12a"},
            {"E0900001", "Islington", "Bankruptcies", 77, 81, 84},
            {"E0900001", "Islington", "Debt relief orders", 99, 104, 118},
            {"W06000015", "Cardiff", "Bankruptcies", 64, 70, 73},
            {"W06000015", "Cardiff", "Debt relief orders", 240, 262, 301},
            {null, "Total", "All types", 31_250, 32_160, 38_390},
        };
        for (Object[] row : rows) {
            if (row == null) {
                sheet.blank();
            } else {
                sheet.row(rates ? rates(row) : row);
            }
        }
        return sheet.blank().row("Figures for 2023 are provisional.");
    }

    /** The same row as rates per 10,000 adults (a made-up adult population per area). */
    private static Object[] rates(Object[] row) {
        Object[] out = row.clone();
        double adults = 8_000 + Math.abs(String.valueOf(row[0]).hashCode() % 300_000);
        for (int c = 3; c < out.length; c++) {
            if (out[c] instanceof Number n) {
                out[c] = Math.round(n.doubleValue() / adults * 10_000 * 10) / 10.0;
            }
        }
        return out;
    }

    private static SampleSheet table(String name, String title, List<String[]> areas, int from, int to, boolean rates) {
        SampleSheet sheet = preamble(new SampleSheet(name), title, from, to);
        List<Object> header = new ArrayList<>(List.of("Area code", "Area name", "Insolvency type"));
        for (int year = from; year <= to; year++) {
            header.add(year == to ? year + " [note 5]" : year);
        }
        sheet.row(header.toArray());
        for (String[] area : areas) {
            int base = Integer.parseInt(area[2]);
            double adults = base * 1_100.0 + 40_000;
            for (int t = 0; t < TYPES.length; t++) {
                List<Object> row = new ArrayList<>(List.of(area[0], area[1], TYPES[t]));
                for (int year = from; year <= to; year++) {
                    row.add(value(area[0], base, t, year, rates, adults));
                }
                sheet.row(row.toArray());
            }
        }
        return sheet;
    }

    private static Object value(String code, int base, int type, int year, boolean rate, double adults) {
        if (code.equals("E09000012") && year == 2014) {
            return "[x]"; // not available for this area and year
        }
        int drift = 100 + ((year - 2014) * 7 + type * 3) % 25;
        int[] parts = {base * 15 * drift / 10_000, base * 30 * drift / 10_000, base * 55 * drift / 10_000};
        int count = type == 0 ? parts[0] + parts[1] + parts[2] : parts[type - 1];
        if (count < 5 && count > 0) {
            return "[c]";
        }
        return rate ? Math.round(count / adults * 10_000 * 10) / 10.0 : (Object) count;
    }

    private static SampleSheet preamble(SampleSheet sheet, String title, int from, int to) {
        return sheet.row(String.format(title, from, to))
                .row(
                        "This worksheet contains one table. Some cells refer to notes which can be found in the notes worksheet.")
                .row("[c] = suppressed to protect confidentiality; [x] = not available.")
                .row("Source: Insolvency Service (sample made for tests)");
    }

    private static SampleSheet cover() {
        return new SampleSheet("Cover")
                .row("Individual insolvencies by location, age and gender, England and Wales, 2023")
                .row("These tables show individual insolvencies by where the debtor lives, from their postcode.")
                .row("Contact: statistics@example.invalid");
    }

    private static SampleSheet contents() {
        return new SampleSheet("Contents")
                .row("Contents")
                .row("Worksheet name", "Worksheet title")
                .row("Table_1", "Number of individual insolvencies by country and region")
                .row("Table_2", "Number of individual insolvencies by local authority and insolvency type")
                .row("Table_3", "Individual insolvency rates per 10,000 adults by local authority and insolvency type");
    }

    private static SampleSheet notes() {
        return new SampleSheet("Notes")
                .row("Notes")
                .row("Note number", "Note text")
                .row(
                        "note 3",
                        "Location is the local authority of the debtor's postcode, matched to the postcode directory.")
                .row("note 4", "Rates are per 10,000 adults aged 18 and over.")
                .row("note 5", "Figures for the latest year are provisional.");
    }

    private static SampleSheet regions() {
        return new SampleSheet("Table_1")
                .row(
                        "Table 1: Number of individual insolvencies by country and region, England and Wales, 2022 to 2023")
                .row("This worksheet contains one table.")
                .row("Area code", "Area name", 2022, 2023)
                .row("K04000001", "England and Wales", 100_120, 113_790)
                .row("E12000007", "London", 11_320, 12_480);
    }
}
