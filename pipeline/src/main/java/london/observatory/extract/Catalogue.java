package london.observatory.extract;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import london.observatory.fetch.UrlMasker;

/** The database's indicators and themes: what a request may name. Tens of rows, read once per extract. */
final class Catalogue {

    private final Map<String, IndicatorInfo> indicators;

    private Catalogue(Map<String, IndicatorInfo> indicators) {
        this.indicators = Collections.unmodifiableMap(indicators);
    }

    static Catalogue load(ExtractDatabase database) throws SQLException {
        Map<String, IndicatorInfo> indicators = new TreeMap<>();
        try (PreparedStatement query = database.connection()
                        .prepareStatement("SELECT id, title, theme, description, unit, measure_type, scale, publisher,"
                                + " licence, source_url, next_release FROM indicators");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                double scale = rows.getDouble(7);
                Double scaleOrNull = rows.wasNull() ? null : scale;
                IndicatorInfo indicator = new IndicatorInfo(
                        rows.getString(1),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getString(4),
                        rows.getString(5),
                        rows.getString(6),
                        scaleOrNull,
                        rows.getString(8),
                        rows.getString(9),
                        // masked again on the way out: a database published before URLs were masked may hold one
                        UrlMasker.mask(rows.getString(10)),
                        rows.getString(11));
                indicators.put(indicator.id(), indicator);
            }
        }
        return new Catalogue(indicators);
    }

    /** Every indicator, by id. */
    Map<String, IndicatorInfo> indicators() {
        return indicators;
    }

    SortedSet<String> themes() {
        SortedSet<String> themes = new TreeSet<>();
        indicators.values().forEach(i -> themes.add(i.theme()));
        return themes;
    }
}
