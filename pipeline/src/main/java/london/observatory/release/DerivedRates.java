package london.observatory.release;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.IndicatorDefinition;

/**
 * The rates a release derives from record-derived counts ({@link IndicatorDefinition.RateOf}): for each LSOA
 * and month of the count, the count ÷ the denominator's latest value for that LSOA × the scale, with the count
 * and the denominator as the row's numerator and denominator, so that roll-ups recompute the rate from sums.
 * Made in each database from the counts that database holds: in the open one those are the protected counts,
 * so an open rate and every open roll-up of it rest on protected numerators only, and the band of the count
 * becomes the band of the rate. An LSOA with no denominator, or a denominator of 0, gets no rate.
 */
final class DerivedRates {

    /** The rows' {@code method}: made at publish from two counts, not read from a source. */
    static final String METHOD = "derived-rate";

    private record Rate(String id, String feed, String numerator, String denominator, double scale) {}

    private final List<Rate> rates;

    private DerivedRates(List<Rate> rates) {
        this.rates = rates;
    }

    static DerivedRates of(FeedCatalog catalog) {
        return new DerivedRates(catalog.feeds().stream()
                .flatMap(feed -> feed.indicators().stream()
                        .filter(i -> i.rateOf() != null)
                        .map(i -> rate(feed, i)))
                .toList());
    }

    private static Rate rate(FeedDescriptor feed, IndicatorDefinition indicator) {
        return new Rate(
                indicator.id(),
                feed.id(),
                indicator.rateOf().numerator(),
                indicator.rateOf().denominator(),
                indicator.scaleOrOne());
    }

    /** Every rate's definition; records print every field, so equal text means the same rates. */
    String definitions() {
        return rates.toString();
    }

    /** Adds the rates to the observations of the attached database {@code database}; returns how many rows. */
    long insert(Connection c, String database) throws SQLException {
        String observations = database + ".main.observations";
        long rows = 0;
        for (Rate rate : rates) {
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + observations + " (indicator_id,"
                    + " area_code, area_level, period_start, period_type, value, numerator, denominator, ci_lower,"
                    + " ci_upper, flag, source_area_code, source_geography, method, run_id, feed, period) SELECT ?,"
                    + " n.area_code, n.area_level, n.period_start, n.period_type, n.value / d.value * ?, n.value,"
                    + " d.value, n.ci_lower / d.value * ?, n.ci_upper / d.value * ?, n.flag, n.source_area_code,"
                    + " n.source_geography, '" + METHOD + "', n.run_id, n.feed, n.period FROM " + observations
                    + " n JOIN"
                    + " (SELECT area_code, arg_max(value, period_start) AS value FROM " + observations
                    + " WHERE indicator_id = ? AND area_level = 'lsoa21' GROUP BY area_code) d USING (area_code)"
                    + " WHERE n.indicator_id = ? AND n.feed = ? AND n.area_level = 'lsoa21' AND d.value > 0")) {
                insert.setString(1, rate.id());
                insert.setDouble(2, rate.scale());
                insert.setDouble(3, rate.scale());
                insert.setDouble(4, rate.scale());
                insert.setString(5, rate.denominator());
                insert.setString(6, rate.numerator());
                insert.setString(7, rate.feed());
                rows += insert.executeUpdate();
            }
        }
        return rows;
    }
}
