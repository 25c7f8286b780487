package london.observatory.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;
import london.observatory.descriptor.TableMapping;
import london.observatory.descriptor.TableMapping.IndicatorColumns;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.RateParts;
import london.observatory.normalise.SourceValue;
import london.observatory.normalise.ValuePlacer;
import london.observatory.observation.Observation;
import london.observatory.period.Period;
import london.observatory.period.PeriodParser;
import london.observatory.source.Cell;
import london.observatory.source.SourceRow;

/**
 * Turns rows of a source table into observations by the feed descriptor's {@link TableMapping}: rows the
 * mapping says are not data (England and region rows, inequality breakdowns) are set aside and counted;
 * each indicator's value is read (a suppression marker becomes a null value with the marker, never a
 * zero), computed from numerator and denominator where the source gives only parts, and placed by the
 * {@link ValuePlacer}. One per worker; bind it to each file's header with {@link #bind(List)}.
 */
public final class SourceRowMapper implements RowMapper {

    /** Reconciliation reason for rows the descriptor's mapping excludes. */
    public static final String SET_ASIDE = Reconciliation.SET_ASIDE;

    static final String SKIP = "skip";

    private final FeedDescriptor feed;
    private final TableMapping mapping;
    private final ValuePlacer placer;
    private final Reconciliation reconciliation;
    private final PeriodParser periods;
    private final Map<String, IndicatorDefinition> indicators = new LinkedHashMap<>();
    private List<String> boundHeader;
    private Bound bound;

    public SourceRowMapper(FeedDescriptor feed, ValuePlacer placer, Reconciliation reconciliation) {
        this.feed = feed;
        this.mapping = feed.mapping();
        this.placer = placer;
        this.reconciliation = reconciliation;
        this.periods = new PeriodParser(mapping.period());
        mapping.indicators().keySet().forEach(id -> indicators.put(id, feed.indicator(id)));
    }

    /** Reads the following rows by this header's positions (cached: consecutive files share a header). */
    @Override
    public SourceRowMapper bind(List<String> header) {
        if (!header.equals(boundHeader)) {
            boundHeader = List.copyOf(header);
            bound = new Bound(new BoundColumns(header));
        }
        return this;
    }

    @Override
    public String map(SourceRow row, List<Observation> out) {
        return bound.map(row, out);
    }

    /** The mapping resolved to positions in one header. */
    private final class Bound {
        private final int area;
        private final int levelColumn;
        private final int period;
        private final RowRules keep;
        private final RowRules skip;
        private final List<BoundIndicator> bound = new ArrayList<>();

        Bound(BoundColumns columns) {
            area = columns.at(mapping.area().column());
            levelColumn = columns.at(mapping.area().levelColumn());
            period = columns.at(mapping.period().column());
            keep = new RowRules(mapping.keep(), columns);
            skip = new RowRules(mapping.skip(), columns);
            mapping.indicators().forEach((id, c) -> bound.add(new BoundIndicator(indicators.get(id), c, columns)));
        }

        String map(SourceRow row, List<Observation> out) {
            if (row.problem() != null) {
                return row.problem();
            }
            String level = level(row);
            if (level == null || !keep.allMatch(row) || skip.anyMatch(row)) {
                reconciliation.unmatched(SET_ASIDE, row.text(area), null);
                return null;
            }
            String code = row.text(area);
            if (code.isEmpty()) {
                return "no area code in column " + mapping.area().column();
            }
            Period when = periods.parse(period < 0 ? null : row.cell(period));
            if (when == null) {
                return periods.problem(row.text(period));
            }
            // Read every indicator's cells before placing any, so a bad row places nothing at all.
            List<BoundIndicator> chosen = new ArrayList<>(bound.size());
            List<SourceValue> values = new ArrayList<>(bound.size());
            for (BoundIndicator indicator : bound) {
                if (indicator.where.allMatch(row)) {
                    SourceValue v = indicator.read(row);
                    if (v == null) {
                        return indicator.indicator.id() + ": not a number in row " + row.raw();
                    }
                    chosen.add(indicator);
                    values.add(v);
                }
            }
            for (int i = 0; i < chosen.size(); i++) {
                String problem = placer.place(chosen.get(i).indicator, level, code, when, values.get(i), out);
                if (problem != null) {
                    return problem;
                }
            }
            return null;
        }

        private String level(SourceRow row) {
            if (levelColumn < 0) {
                return mapping.area().level();
            }
            String level = mapping.area().levels().get(row.text(levelColumn));
            return level == null || SKIP.equals(level) ? null : level;
        }
    }

    /** One indicator's columns resolved to positions. */
    private final class BoundIndicator {
        private final IndicatorDefinition indicator;
        private final int value;
        private final int[] numerator;
        private final int denominator;
        private final int ciLower;
        private final int ciUpper;
        private final int note;
        private final RowRules where;
        private final double scale;

        BoundIndicator(IndicatorDefinition indicator, IndicatorColumns c, BoundColumns columns) {
            this.indicator = indicator;
            this.value = columns.at(c.value());
            this.numerator = c.numerator().stream().mapToInt(columns::at).toArray();
            this.denominator = columns.at(c.denominator());
            this.ciLower = columns.at(c.ciLower());
            this.ciUpper = columns.at(c.ciUpper());
            this.note = columns.at(c.note());
            this.where = new RowRules(c.where(), columns);
            this.scale = indicator.scaleOrOne();
        }

        /** The row's value for this indicator, or null when a cell it needs is not a number. */
        SourceValue read(SourceRow row) {
            Cell num = sum(row, numerator);
            Cell den = denominator < 0 ? Cell.empty() : Cell.parse(row.cell(denominator));
            Cell published = value >= 0 ? Cell.parse(row.cell(value)) : computed(num, den);
            if (!published.valid() || !num.valid() || !den.valid()) {
                return null;
            }
            String marker = published.marker();
            if (published.value() == null
                    && marker == null
                    && note >= 0
                    && !row.text(note).isEmpty()) {
                marker = row.text(note); // Fingertips: empty Value, the reason in Value note
            }
            return new SourceValue(
                    published.value(), num.value(), den.value(), number(row, ciLower), number(row, ciUpper), marker);
        }

        /** value = numerator ÷ denominator × scale, or the numerator alone when no denominator is named. */
        private Cell computed(Cell num, Cell den) {
            if (denominator < 0 || num.value() == null) {
                return num;
            }
            if (den.value() == null || den.value() == 0) {
                return new Cell(null, den.marker() != null ? den.marker() : "no denominator", den.valid());
            }
            return new Cell(RateParts.value(num.value(), den.value(), scale), null, true);
        }

        private Double number(SourceRow row, int position) {
            return position < 0 ? null : Cell.parse(row.cell(position)).value();
        }
    }

    /**
     * Sum of the cells. A marker makes the sum withheld and an empty cell makes it empty (a part is
     * unknown, so the sum is too); a bad cell makes it bad.
     */
    private static Cell sum(SourceRow row, int[] positions) {
        if (positions.length == 0) {
            return Cell.empty();
        }
        double total = 0;
        for (int p : positions) {
            Cell cell = Cell.parse(row.cell(p));
            if (!cell.valid() || cell.value() == null) {
                return cell;
            }
            total += cell.value();
        }
        return new Cell(total, null, true);
    }

    public FeedDescriptor feed() {
        return feed;
    }
}
