package london.observatory.connectors.hclic;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import london.observatory.source.Cell;
import london.observatory.source.SourceRow;
import london.observatory.source.spreadsheet.AreaSheetTable;
import london.observatory.source.spreadsheet.SheetLayout;
import london.observatory.source.spreadsheet.SheetTable;

/**
 * Sheet A1 (initial assessments) of MHCLG's statutory homelessness detailed local authority tables
 * (H-CLIC, {@code Detailed_LA_YYYYMM.ods}, quarterly, published as ODS) as a table of local authority
 * rows with three housing measures and the household count they are rates of. The header is found by
 * its code column and its depth detected; measure columns are found by what their names say, not by
 * position. England, region and other total rows are set aside and counted ({@link AreaRowFilter});
 * local authority figures are passed on as published: unrounded counts, suppression markers as
 * written. Two columns are this table's own, so a feed's descriptor can map it without code:
 * <ul>
 *   <li>{@code quarter_start}, the first day of the quarter the sheet's title names (ISO date, blank when
 *       the title names none, which fails every row's period rather than guessing one): a file holds
 *       one quarter, and the next release must not be read as this one's;</li>
 *   <li>{@code households} is the published "number of households in area (000s)" times 1,000, an exact
 *       decimal shift, so that the rate per 1,000 households is relief duty ÷ households × 1,000 in the
 *       units the catalogue's {@code scale} says (markers stay as written).</li>
 * </ul>
 * <p>Columns: {@code area_code, area_name, quarter_start, owed_prevention_duty, owed_relief_duty,
 * homeless_per_1000_households, households}.
 */
public final class HclicA1Table extends AreaSheetTable {

    public static final SheetLayout LAYOUT = SheetLayout.sheet("A1");
    public static final String AREA_CODE = "area_code";
    public static final String AREA_NAME = "area_name";
    public static final String QUARTER_START = "quarter_start";

    /** The A1 measures this table reads, with how their published column is recognised. */
    public enum Measure {
        /** Households assessed as threatened with homelessness within 56 days, owed a prevention duty. */
        OWED_PREVENTION_DUTY(
                "owed_prevention_duty", "(?i).*prevention duty.*", "(?i)relief|section 21|of which|\\bper\\b"),
        /** Households assessed as homeless, owed a relief duty. */
        OWED_RELIEF_DUTY("owed_relief_duty", "(?i).*relief duty.*", "(?i)prevention|of which|\\bper\\b"),
        /** Households assessed as homeless per 1,000 households in the area. */
        HOMELESS_PER_1000_HOUSEHOLDS(
                "homeless_per_1000_households", "(?i)(?=.*\\bper\\b)(?=.*\\bhomeless\\b).*", "(?i)threatened"),
        /** Households in the area (published in thousands; passed on as households). */
        HOUSEHOLDS("households", "(?i).*number of households in area.*", "(?i)\\bper\\b");

        private final String column;
        private final Pattern include;
        private final Pattern exclude;

        Measure(String column, String include, String exclude) {
            this.column = column;
            this.include = Pattern.compile(include);
            this.exclude = Pattern.compile(exclude);
        }

        public String column() {
            return column;
        }
    }

    private static final Pattern NAME = Pattern.compile("(?i).*\\b(authority|name|area)\\b.*");
    private static final Pattern QUARTER = Pattern.compile(
            "(?i)\\b(january|april|july|october)\\s+(?:to|-|–)\\s+(march|june|september|december)\\s+(\\d{4})\\b");

    private final int[] measures = new int[Measure.values().length];
    private final Map<Measure, String> published = new EnumMap<>(Measure.class);
    private final List<String> header = new ArrayList<>(List.of(AREA_CODE, AREA_NAME, QUARTER_START));
    private final String quarter;

    private HclicA1Table(SheetTable sheet) throws IOException {
        super(sheet, NAME);
        for (Measure measure : Measure.values()) {
            int column = names.only(measure.column, measure.include, measure.exclude);
            measures[measure.ordinal()] = column;
            published.put(measure, names.name(column));
            header.add(measure.column);
        }
        this.quarter = quarterStart().map(LocalDate::toString).orElse("");
    }

    /** Opens sheet A1 of an H-CLIC detailed local authority file. */
    public static HclicA1Table open(Path file) throws IOException {
        SheetTable sheet = SheetTable.open(file, LAYOUT);
        try {
            return new HclicA1Table(sheet);
        } catch (IOException | RuntimeException e) {
            sheet.close();
            throw e;
        }
    }

    @Override
    public List<String> header() {
        return List.copyOf(header);
    }

    @Override
    public SourceRow next() throws IOException {
        SourceRow row = rows.next();
        if (row == null) {
            return null;
        }
        List<String> cells = new ArrayList<>(header.size());
        cells.add(text(row, code));
        cells.add(text(row, name));
        cells.add(quarter);
        for (Measure measure : Measure.values()) {
            String cell = text(row, measures[measure.ordinal()]);
            cells.add(measure == Measure.HOUSEHOLDS ? fromThousands(cell) : cell);
        }
        return new SourceRow(row.file(), row.line(), cells);
    }

    private static String text(SourceRow row, int column) {
        String cell = row.cell(column);
        return cell == null ? "" : cell;
    }

    /**
     * {@code 96.812} or {@code "1,096.812"} (thousands) → {@code 96812}, {@code 1096812}, exactly (no
     * binary rounding); a marker, blank or bad cell is left as written for the mapping to read.
     */
    static String fromThousands(String cell) {
        if (Cell.parse(cell).value() == null) {
            return cell;
        }
        try {
            return new BigDecimal(cell.strip().replace(",", ""))
                    .movePointRight(3)
                    .stripTrailingZeros()
                    .toPlainString();
        } catch (NumberFormatException e) {
            return cell; // a form Double reads but BigDecimal does not ("12d"): left as written
        }
    }

    /** The published header name each measure was read from, for provenance. */
    public Map<Measure, String> publishedColumns() {
        return Map.copyOf(published);
    }

    /** First day of the quarter the sheet's title names ("January to March 2024" → 2024-01-01). */
    public Optional<LocalDate> quarterStart() {
        Matcher m = QUARTER.matcher(sheet.title());
        if (!m.find()) {
            return Optional.empty();
        }
        Month first = Month.valueOf(m.group(1).toUpperCase(Locale.ROOT));
        return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), first, 1));
    }
}
