package london.observatory.web.release;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The indicators one database of a release holds (the open database: open and protected ones only). */
public final class IndicatorCatalogue {

    /** An indicator as the catalogue describes it. */
    public record Indicator(
            String id,
            String title,
            String theme,
            String description,
            String unit,
            String measureType,
            String source,
            String publisher,
            String licence,
            String sourceUrl,
            String nativeGeography,
            String frequency,
            String nextRelease,
            String accessTier,
            String feed) {}

    private final Map<String, Indicator> byId;

    private IndicatorCatalogue(Map<String, Indicator> byId) {
        this.byId = byId;
    }

    static IndicatorCatalogue load(Connection connection) throws SQLException {
        Map<String, Indicator> byId = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT id, title, theme, description, unit, measure_type, source,"
                        + " publisher, licence, source_url, native_geography, frequency, next_release, access_tier,"
                        + " feed FROM indicators ORDER BY theme, title, id")) {
            while (r.next()) {
                Indicator indicator = new Indicator(
                        r.getString(1),
                        r.getString(2),
                        r.getString(3),
                        r.getString(4),
                        r.getString(5),
                        r.getString(6),
                        r.getString(7),
                        r.getString(8),
                        r.getString(9),
                        r.getString(10),
                        r.getString(11),
                        r.getString(12),
                        r.getString(13),
                        r.getString(14),
                        r.getString(15));
                byId.put(indicator.id(), indicator);
            }
        }
        return new IndicatorCatalogue(byId);
    }

    public Optional<Indicator> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** By theme, then title. */
    public List<Indicator> all() {
        return List.copyOf(byId.values());
    }
}
