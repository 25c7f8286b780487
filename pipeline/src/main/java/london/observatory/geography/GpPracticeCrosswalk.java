package london.observatory.geography;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import london.observatory.observation.Observation;

/**
 * GP practice → LSOA 2021 from NHS "Patients registered at a GP practice" by LSOA
 * ({@code PRACTICE_CODE, LSOA_CODE, NUMBER_OF_PATIENTS}, one row per practice × LSOA): a practice's value
 * is shared over the LSOAs its patients live in, in proportion to them, and flagged {@code estimated}.
 *
 * <p>Releases use LSOA 2011 or 2021 codes, so each code is checked rather than assumed: a spine LSOA21
 * as is, a known LSOA 2011 through the exact-fit crosswalk (its patients shared like any count), and
 * anything else (patients living outside London, Welsh or placeholder codes) into the practice's
 * {@link Crosswalk#OUTSIDE_SPINE} share, which is reported, not placed. Weights are shares of all the
 * practice's patients, so a London practice with patients in Surrey places only the London share.
 */
public final class GpPracticeCrosswalk {

    public static final String SOURCE_GEOGRAPHY = "gp-practice";
    static final ColumnName PRACTICE = ColumnName.exact("PRACTICE_CODE");
    static final ColumnName LSOA = ColumnName.exact("LSOA_CODE");
    static final ColumnName PATIENTS = ColumnName.exact("NUMBER_OF_PATIENTS");

    private GpPracticeCrosswalk() {}

    public static Crosswalk read(Path file, Geography geography) {
        Map<String, Map<String, Double>> weights = new HashMap<>();
        Crosswalk lsoa11 = geography.lsoa11();
        try (CsvTable table = CsvTable.open(file)) {
            int practice = table.require(PRACTICE);
            int lsoa = table.require(LSOA);
            int patients = table.require(PATIENTS);
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                double count = patients(row, patients);
                Map<String, Double> byLsoa = weights.computeIfAbsent(row.required(practice), p -> new HashMap<>());
                String code = row.get(lsoa).strip();
                SpineLink from2011 = lsoa11.link(code);
                if (geography.isLsoa21(code)) {
                    byLsoa.merge(code, count, Double::sum);
                } else if (from2011 != null) {
                    for (int i = 0; i < from2011.size(); i++) {
                        byLsoa.merge(from2011.target(i), count * from2011.weight(i), Double::sum);
                    }
                } else {
                    byLsoa.merge(Crosswalk.OUTSIDE_SPINE, count, Double::sum);
                }
            }
        }
        return Crosswalk.weighted(SOURCE_GEOGRAPHY, SpineLink.GP_WEIGHTED, Observation.FLAG_ESTIMATED, weights);
    }

    private static double patients(CsvTable.Row row, int column) {
        String text = row.required(column);
        try {
            double value = Double.parseDouble(text);
            if (value >= 0 && Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException(row.where() + ": NUMBER_OF_PATIENTS is not a count: '" + text + "'");
    }
}
