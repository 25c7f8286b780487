package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import london.observatory.web.release.IndicatorCatalogue.Indicator;
import london.observatory.web.release.ServedData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The catalogue: {@code GET /api/indicators} and {@code GET /api/indicators/{id}}. */
@RestController
final class IndicatorApi {

    record Catalogue(String release, boolean sample, List<Indicator> indicators) {}

    /** The levels an indicator has values at, each with its periods, newest first. */
    record Level(String level, List<String> periods) {}

    record Described(String release, boolean sample, Indicator indicator, List<Level> levels) {}

    @GetMapping("/api/indicators")
    @Operation(summary = "Every indicator: source, licence, method, cadence and next release")
    Catalogue all(ServedData data) {
        return new Catalogue(
                data.release().id(),
                data.release().sample(),
                data.tier().catalogue().all());
    }

    @GetMapping("/api/indicators/{id}")
    @Operation(summary = "One indicator, with the levels and periods it has values for")
    Described one(ServedData data, @PathVariable String id) throws SQLException {
        Indicator indicator = Checks.indicator(data, id);
        return new Described(data.release().id(), data.release().sample(), indicator, levels(data, indicator.id()));
    }

    static List<Level> levels(ServedData data, String indicator) throws SQLException {
        Map<String, List<String>> periods = new LinkedHashMap<>();
        try (Connection c = data.tier().database().connection();
                PreparedStatement s = c.prepareStatement("SELECT area_level, period, max(period_start) AS starts"
                        + " FROM time_series WHERE indicator_id = ? GROUP BY area_level, period"
                        + " ORDER BY CASE area_level WHEN 'lsoa21' THEN 1 WHEN 'msoa21' THEN 2 WHEN 'ward' THEN 3"
                        + " WHEN 'lad' THEN 4 WHEN 'region' THEN 5 ELSE 6 END, starts DESC, period DESC")) {
            s.setString(1, indicator);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    periods.computeIfAbsent(r.getString(1), k -> new ArrayList<>())
                            .add(r.getString(2));
                }
            }
        }
        List<Level> levels = new ArrayList<>();
        periods.forEach((level, list) -> levels.add(new Level(level, list)));
        return levels;
    }
}
