package london.observatory.connectors.nomis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;
import london.observatory.geography.AreaCodes;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.normalise.SourceValue;
import london.observatory.normalise.ValuePlacer;
import london.observatory.observation.Observation;
import london.observatory.period.Period;
import london.observatory.source.Quarantine;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns rows of the Nomis CSV API (one row per area × date, columns found by {@link NomisColumns}) into
 * observations, placed by the same {@link ValuePlacer} as every other feed, so a Nomis code gets the same
 * verdict as the same code elsewhere:
 * <ul>
 *   <li>{@code OBS_STATUS} {@code A} (or {@code OBS_STATUS_NAME} "Normal Value") is a normal value; any
 *       other status becomes a null value flagged {@code suppressed} with the status kept, never a zero.</li>
 *   <li>The level comes from {@code GEOGRAPHY_TYPECODE} when the response has it, otherwise from the code
 *       ({@link AreaCodes#levelOf}): LSOA 2021 is placed as is; LSOA 2011 moves onto LSOA 2021 through the
 *       exact fit (merges summed, splits shared by population in whole numbers); MSOA, ward, borough and
 *       region values stay at their own level. Without a type code, a region, nation or UK row is a total
 *       beside the feed's own areas: {@code set-aside} for London and its aggregates, {@code outside-london}
 *       for others.</li>
 *   <li>A code off the spine is counted in the feed's {@link Reconciliation} ({@code outside-london},
 *       {@code set-aside}, {@code unknown-code}); an unreadable row goes to quarantine with its line.</li>
 * </ul>
 * The rows stay on this path rather than the generic table one because this is the high-volume feed (tens of
 * millions of LSOA × month rows for England), read straight from Commons CSV records. One instance per
 * worker thread (it caches parsed dates); the accumulator and tally are shared.
 */
public final class NomisObservationMapper {

    /** Nomis geography TYPE codes the observatory places, by the level names descriptors use. */
    private static final Map<String, String> LEVELS = Map.of(
            "151", ValuePlacer.LSOA21,
            "298", ValuePlacer.LSOA11,
            "152", "msoa21",
            "154", "lad",
            "464", "lad",
            "480", "region",
            "499", "region");

    private final String feedId;
    private final IndicatorDefinition indicator;
    private final ValuePlacer placer;
    private final AreaCodes codes;
    private final Reconciliation reconciliation;
    private final NomisDates dates = new NomisDates();

    public NomisObservationMapper(
            FeedDescriptor feed,
            Geography geography,
            FanInAccumulator fanIn,
            Reconciliation reconciliation,
            String runId) {
        this.feedId = feed.id();
        this.indicator = feed.indicators().get(0);
        this.placer = new ValuePlacer(
                feed, geography, Map.of(ValuePlacer.LSOA11, geography.lsoa11()), fanIn, reconciliation, runId);
        this.codes = new AreaCodes(geography);
        this.reconciliation = reconciliation;
    }

    /** Observations of a block; bad rows go to {@code quarantine} and produce nothing. */
    public List<Observation> map(NomisBlock block, Quarantine quarantine) {
        List<Observation> out = new ArrayList<>(block.size() + block.size() / 8);
        int[] at = block.columns();
        for (int i = 0; i < block.size(); i++) {
            CSVRecord row = block.records()[i];
            String problem = row.size() != block.width()
                    ? "expected " + block.width() + " fields, found " + row.size()
                    : mapRow(row, at, out);
            if (problem != null) {
                quarantine.add(block.file(), block.lines()[i], problem, row);
            }
        }
        return out;
    }

    /** Adds the row's observations to {@code out}; returns why the row is bad, or null. */
    private String mapRow(CSVRecord row, int[] at, List<Observation> out) {
        Period period = dates.parse(row.get(at[NomisColumns.DATE]));
        if (period == null) {
            return "date '" + row.get(at[NomisColumns.DATE]) + "' is not a Nomis month or year";
        }
        String status = row.get(at[NomisColumns.STATUS]).strip();
        boolean normal = "A".equals(status) || "Normal Value".equalsIgnoreCase(status);
        Double number = normal ? number(row.get(at[NomisColumns.VALUE])) : null;
        if (normal && number == null) {
            return "OBS_VALUE is not a number: '" + row.get(at[NomisColumns.VALUE]) + "'";
        }
        String area = row.get(at[NomisColumns.CODE]).strip();
        String level;
        if (at[NomisColumns.TYPE] >= 0) {
            String type = row.get(at[NomisColumns.TYPE]).strip();
            level = LEVELS.get(type);
            if (level == null) {
                return "GEOGRAPHY_TYPECODE " + type + " is not one the observatory places "
                        + LEVELS.keySet().stream().sorted().toList();
            }
        } else {
            level = codes.levelOf(area);
            if (level == null) {
                return "GEOGRAPHY_CODE '" + area + "' is not a code of a geography the observatory places";
            }
        }
        if (AreaCodes.AGGREGATE.equals(level)) {
            AreaCodes.Verdict verdict = codes.offSpine(level, area);
            reconciliation.unmatched(verdict.reason(), area, number, verdict.hint());
            return null;
        }
        SourceValue value = SourceValue.count(number, normal ? null : status);
        return placer.place(indicator, level, area, period, value, out);
    }

    private static Double number(String text) {
        String s = text.strip();
        if (s.isEmpty()) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            return Double.isFinite(d) ? d : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public String feedId() {
        return feedId;
    }
}
