package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import london.observatory.web.release.IndicatorCatalogue.Indicator;
import london.observatory.web.release.ServedData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/map/{indicator}}: one period's values at one level, for a choropleth and the table beside it. */
@RestController
final class MapApi {

    record Value(String code, String name, Double value, String flag) {}

    /**
     * Five classes of equal count (quintiles of the areas with a value): {@code breaks} are the four values between
     * them, so class {@code k} holds values up to {@code breaks[k]}.
     */
    record MapValues(
            String release,
            boolean sample,
            Indicator indicator,
            String level,
            String period,
            List<String> periods,
            List<Double> breaks,
            List<Value> values) {}

    @GetMapping("/api/map/{indicator}")
    @Operation(summary = "An indicator's values at one level for one period (default: the latest)")
    MapValues map(
            ServedData data,
            @PathVariable String indicator,
            @Parameter(description = "lsoa21, msoa21, ward or lad") @RequestParam(defaultValue = "lad") String level,
            @Parameter(description = "a period the indicator has at that level; default the latest")
                    @RequestParam(required = false)
                    String period)
            throws SQLException {
        Indicator wanted = Checks.indicator(data, indicator);
        String lvl = Checks.mapLevel(level).code();
        String asked = Checks.period(period);
        List<String> periods = IndicatorApi.levels(data, wanted.id()).stream()
                .filter(l -> l.level().equals(lvl))
                .findFirst()
                .map(IndicatorApi.Level::periods)
                .orElse(List.of());
        if (periods.isEmpty()) {
            throw ApiException.notFound("indicator " + wanted.id() + " has no values at level " + lvl);
        }
        if (asked != null && !periods.contains(asked)) {
            throw ApiException.notFound("indicator " + wanted.id() + " has no values for " + asked + " at level "
                    + lvl + " (periods: " + String.join(", ", periods.subList(0, Math.min(12, periods.size())))
                    + (periods.size() > 12 ? ", …" : "") + ")");
        }
        String shown = asked != null ? asked : periods.get(0);
        List<Value> values = values(data, wanted.id(), lvl, shown);
        return new MapValues(
                data.release().id(),
                data.release().sample(),
                wanted,
                lvl,
                shown,
                periods,
                quintileBreaks(values),
                values);
    }

    private static List<Value> values(ServedData data, String indicator, String level, String period)
            throws SQLException {
        List<Value> values = new ArrayList<>();
        try (Connection c = data.tier().database().connection();
                PreparedStatement s = c.prepareStatement("SELECT area_code, area_name, value, flag FROM time_series"
                        + " WHERE indicator_id = ? AND area_level = ? AND period = ? ORDER BY area_code")) {
            s.setString(1, indicator);
            s.setString(2, level);
            s.setString(3, period);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    values.add(new Value(r.getString(1), r.getString(2), Rows.doubleOrNull(r, 3), r.getString(4)));
                }
            }
        }
        return values;
    }

    static List<Double> quintileBreaks(List<Value> values) {
        double[] sorted = values.stream()
                .filter(v -> v.value() != null)
                .mapToDouble(Value::value)
                .sorted()
                .toArray();
        if (sorted.length == 0) {
            return List.of();
        }
        List<Double> breaks = new ArrayList<>();
        for (int k = 1; k < 5; k++) {
            breaks.add(sorted[Math.min(sorted.length - 1, (int) Math.ceil(k * sorted.length / 5.0) - 1)]);
        }
        return List.copyOf(breaks);
    }
}
