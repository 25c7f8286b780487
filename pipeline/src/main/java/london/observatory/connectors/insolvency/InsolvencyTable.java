package london.observatory.connectors.insolvency;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.source.SourceRow;
import london.observatory.source.spreadsheet.AreaSheetTable;
import london.observatory.source.spreadsheet.SheetLayout;
import london.observatory.source.spreadsheet.SheetTable;
import london.observatory.source.spreadsheet.SpreadsheetFormatException;

/**
 * The local authority table of the Insolvency Service's "Individual insolvencies by location, age and
 * gender" workbook (annual, GOV.UK, no API) as long rows: one per area, year and insolvency type.
 * The sheet is found by its title (counts: "number ... local authorit..."; rates: "rate ... local
 * authorit..."), the header by its code column. Years may be columns (a name holding a year,
 * {@code 2023} or {@code 2023 [note 4]}) or a {@code Year} column with one column per measure; both
 * are read. Country, region and total rows are set aside ({@link AreaRowFilter}).
 * <p>Columns: {@code area_code, area_name, period, measure, value}. {@code measure} is the row's
 * insolvency type as published (e.g. {@code Bankruptcies}), or the measure column's name in the
 * long layout, or {@code all} when the table has neither; {@code value} is the cell as published
 * (markers such as {@code [c]} kept). Every output row carries the sheet row it came from, so one
 * sheet row gives as many output rows as there are years.
 */
public final class InsolvencyTable extends AreaSheetTable {

    public static final List<String> HEADER = List.of("area_code", "area_name", "period", "measure", "value");

    /** Which of the two local authority tables to read. */
    public enum Statistic {
        /** Number of individual insolvencies. */
        COUNT("(?i)^(?!.*\\brates?\\b)(?=.*\\bnumbers?\\b)(?=.*local authorit)"),
        /** Insolvencies per 10,000 adults (18 and over). */
        RATE("(?i)^(?=.*\\brates?\\b)(?=.*local authorit)");

        private final SheetLayout layout;

        Statistic(String title) {
            this.layout =
                    SheetLayout.sheetMatching("(?i)(?!cover|contents|notes).*").titled(title);
        }

        public SheetLayout layout() {
            return layout;
        }
    }

    private static final Pattern NAME = Pattern.compile("(?i).*\\bname\\b.*");
    private static final Pattern TYPE = Pattern.compile("(?i)(?!.*\\b(area|geography|authority)\\b).*\\btype\\b.*");
    private static final Pattern YEAR_COLUMN = Pattern.compile("(?i)(calendar )?(year|period)");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(19|20)\\d{2}(?!\\d)");

    private final OptionalInt type;
    private final OptionalInt yearColumn;
    private final List<Integer> valueColumns = new ArrayList<>();
    private final List<String> labels = new ArrayList<>();
    private final Deque<SourceRow> pending = new ArrayDeque<>();

    private InsolvencyTable(SheetTable sheet) throws SpreadsheetFormatException {
        super(sheet, NAME);
        this.type = names.first(TYPE, code, name);
        this.yearColumn = names.first(YEAR_COLUMN, code, name);
        for (int c = 0; c < sheet.header().size(); c++) {
            String header = sheet.header().get(c);
            boolean key = c == code || c == name || isAt(type, c) || isAt(yearColumn, c);
            if (key || header.isEmpty()) {
                continue;
            }
            String label = yearColumn.isPresent() ? header : lastYear(header);
            if (label != null) {
                valueColumns.add(c);
                labels.add(label);
            }
        }
        if (valueColumns.isEmpty()) {
            throw new SpreadsheetFormatException(
                    "no year columns (and no Year column) in " + sheet.source() + " (header: " + sheet.header() + ")");
        }
    }

    /** Opens the local authority table of {@code statistic} in an Insolvency Service workbook. */
    public static InsolvencyTable open(Path file, Statistic statistic) throws IOException {
        return open(file, statistic.layout());
    }

    /** Opens the table {@code layout} names, for a release whose sheet titles differ from the default. */
    public static InsolvencyTable open(Path file, SheetLayout layout) throws IOException {
        SheetTable sheet = SheetTable.open(file, layout);
        try {
            return new InsolvencyTable(sheet);
        } catch (IOException | RuntimeException e) {
            sheet.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return HEADER;
    }

    @Override
    public SourceRow next() throws IOException {
        while (pending.isEmpty()) {
            SourceRow row = rows.next();
            if (row == null) {
                return null;
            }
            unpivot(row);
        }
        return pending.poll();
    }

    private void unpivot(SourceRow row) {
        String areaCode = text(row, code);
        String areaName = text(row, name);
        String rowType = type.isPresent() ? clean(text(row, type.getAsInt())) : "";
        for (int i = 0; i < valueColumns.size(); i++) {
            String period;
            String measure;
            if (yearColumn.isPresent()) {
                String year = lastYear(text(row, yearColumn.getAsInt()));
                period = year == null ? text(row, yearColumn.getAsInt()) : year;
                measure = rowType.isEmpty() ? labels.get(i) : rowType + ": " + labels.get(i);
            } else {
                period = labels.get(i);
                measure = rowType.isEmpty() ? "all" : rowType;
            }
            pending.add(new SourceRow(
                    row.file(),
                    row.line(),
                    List.of(areaCode, areaName, period, measure, text(row, valueColumns.get(i)))));
        }
    }

    private static String text(SourceRow row, int column) {
        String cell = row.cell(column);
        return cell == null ? "" : cell;
    }

    private static String clean(String text) {
        return text.replaceAll("(?i)\\[\\s*notes?\\s*[\\w ,]*]", " ")
                .replaceAll("\\s+", " ")
                .strip();
    }

    /** The last year (1900–2099) in {@code text}, or null: {@code "2014 to 2023: 2019"} gives 2019. */
    static String lastYear(String text) {
        Matcher m = YEAR.matcher(text);
        String year = null;
        while (m.find()) {
            year = m.group();
        }
        return year;
    }

    private static boolean isAt(OptionalInt column, int c) {
        return column.isPresent() && column.getAsInt() == c;
    }

    /** The periods (wide layout) or measure columns (long layout) this table reads, in sheet order. */
    public List<String> valueColumns() {
        return List.copyOf(labels);
    }
}
