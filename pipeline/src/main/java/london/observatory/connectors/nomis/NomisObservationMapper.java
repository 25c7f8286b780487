package london.observatory.connectors.nomis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.Reconciliation;
import london.observatory.normalise.CrosswalkPlacer;
import london.observatory.normalise.FanInAccumulator;
import london.observatory.observation.Observation;
import london.observatory.source.Quarantine;
import org.apache.commons.csv.CSVRecord;

/**
 * Turns rows of the Nomis CSV API (one row per area × date) into observations on the LSOA 2021 spine.
 * <ul>
 *   <li>{@code OBS_STATUS} {@code A} is a normal value; any other status (e.g. {@code Q}, "figures
 *       missing") becomes a null value flagged {@code suppressed} with the status kept, never a zero.</li>
 *   <li>{@code GEOGRAPHY_TYPECODE} 151 (LSOA 2021) is placed as is; 298 (LSOA 2011) is moved onto LSOA
 *       2021 through the geography's LSOA 2011 {@link Crosswalk}: unchanged directly, merged by summing,
 *       split or irregular by population share with largest-remainder rounding, so whole-number counts
 *       stay whole and totals are conserved.</li>
 *   <li>Anything else is a bad row: set aside in quarantine with its line and reason, and counted in the
 *       feed's {@link Reconciliation} when it is an area the spine does not know.</li>
 * </ul>
 * One instance per worker thread (it caches parsed periods); the accumulator and tally are shared.
 */
public final class NomisObservationMapper {

    static final String LSOA21_TYPE = "151";
    static final String LSOA11_TYPE = "298";
    private static final String MONTH = "month";

    private final String feedId;
    private final Geography geography;
    private final Crosswalk lsoa11;
    private final CrosswalkPlacer placer;
    private final Reconciliation reconciliation;
    private final int date;
    private final int code;
    private final int type;
    private final int value;
    private final int status;
    private final Map<String, LocalDate> months = new HashMap<>();

    public NomisObservationMapper(
            FeedDescriptor feed,
            Geography geography,
            FanInAccumulator fanIn,
            Reconciliation reconciliation,
            String runId) {
        this.feedId = feed.id();
        this.geography = geography;
        this.lsoa11 = geography.lsoa11();
        this.reconciliation = reconciliation;
        this.placer = new CrosswalkPlacer(feed.indicators().get(0).id(), runId, fanIn, reconciliation);
        this.date = position(feed, "DATE");
        this.code = position(feed, "GEOGRAPHY_CODE");
        this.type = position(feed, "GEOGRAPHY_TYPECODE");
        this.value = position(feed, "OBS_VALUE");
        this.status = position(feed, "OBS_STATUS");
    }

    private static int position(FeedDescriptor feed, String column) {
        int i = feed.columns().indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException(feed.id() + ": descriptor must list column " + column);
        }
        return i;
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
        LocalDate period = month(row.get(at[date]));
        if (period == null) {
            return "DATE is not a month (yyyy-MM): '" + row.get(at[date]) + "'";
        }
        String statusCode = row.get(at[status]).strip();
        boolean normal = "A".equals(statusCode);
        Double number = normal ? number(row.get(at[value])) : null;
        if (normal && number == null) {
            return "OBS_VALUE is not a number: '" + row.get(at[value]) + "'";
        }
        String marker = normal ? null : statusCode;
        String area = row.get(at[code]).strip();
        String geographyType = row.get(at[type]).strip();
        if (LSOA21_TYPE.equals(geographyType)) {
            return placeDirect(area, period, number, marker, out);
        }
        if (LSOA11_TYPE.equals(geographyType)) {
            return placeFrom2011(area, period, number, marker, out);
        }
        return "GEOGRAPHY_TYPECODE " + geographyType + " is not LSOA 2021 (151) or LSOA 2011 (298)";
    }

    private String placeDirect(String area, LocalDate period, Double number, String marker, List<Observation> out) {
        if (!geography.isLsoa21(area)) {
            reconciliation.unmatched(Reconciliation.UNKNOWN_CODE, area, number);
            return "unknown LSOA 2021 code " + area;
        }
        out.add(placer.direct(area, period, MONTH, number, marker));
        return null;
    }

    private String placeFrom2011(String area, LocalDate period, Double number, String marker, List<Observation> out) {
        String unmatched = placer.place(lsoa11, area, period, MONTH, number, marker, out);
        return unmatched == null ? null : "unknown LSOA 2011 code " + area;
    }

    private LocalDate month(String text) {
        LocalDate cached = months.get(text);
        if (cached == null && !months.containsKey(text)) {
            cached = parseMonth(text.strip());
            months.put(text, cached);
        }
        return cached;
    }

    private static LocalDate parseMonth(String text) {
        if (text.length() != 7 || text.charAt(4) != '-') {
            return null;
        }
        try {
            int year = Integer.parseInt(text, 0, 4, 10);
            int month = Integer.parseInt(text, 5, 7, 10);
            return month >= 1 && month <= 12 ? LocalDate.of(year, month, 1) : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
