package london.observatory.web.api;

import io.swagger.v3.oas.annotations.Operation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import london.observatory.web.release.AreaTree.Area;
import london.observatory.web.release.IndicatorCatalogue.Indicator;
import london.observatory.web.release.LatestFigures;
import london.observatory.web.release.LatestFigures.Figure;
import london.observatory.web.release.ServedData;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** An area's page: {@code GET /api/areas/{code}} and one indicator's time series there. */
@RestController
final class AreaApi {

    static final String LONDON = "E12000007";

    /**
     * An area's latest value of one indicator beside London's. {@code rank} 1 is the highest value among the areas of
     * its level with a value for the same period ({@code outOf} of them); {@code higherThan} of those have a lower
     * value.
     */
    record AreaFigure(
            Indicator indicator,
            String period,
            LocalDate periodStart,
            Double value,
            String flag,
            String method,
            String origin,
            Double london,
            String londonPeriod,
            Integer rank,
            Integer outOf,
            Integer higherThan) {}

    record AreaPage(
            String release,
            boolean sample,
            Area area,
            List<Area> parents,
            List<Area> children,
            int levelAreas,
            List<AreaFigure> figures) {}

    record Point(
            String period,
            LocalDate periodStart,
            String periodType,
            Double value,
            String flag,
            String method,
            String origin) {}

    record Series(
            String release, boolean sample, Area area, Indicator indicator, List<Point> series, List<Point> london) {}

    @GetMapping("/api/areas/{code}")
    @Operation(
            summary = "An area: its parents, children and the latest value of every indicator",
            description = "Each figure with London's latest value, its rank among the areas of its level, its flag"
                    + " and method.")
    AreaPage area(ServedData data, @PathVariable String code) {
        Area area = Checks.area(data, code);
        LatestFigures figures = data.tier().figures();
        Map<String, Figure> london = new HashMap<>();
        figures.of(LONDON).forEach(f -> london.put(f.indicatorId(), f));
        List<AreaFigure> out = new ArrayList<>();
        for (Figure f : figures.of(area.code())) {
            Indicator indicator = data.tier().catalogue().get(f.indicatorId()).orElse(null);
            if (indicator == null) {
                continue;
            }
            LatestFigures.Standing standing = figures.standing(f);
            Figure l = london.get(f.indicatorId());
            out.add(new AreaFigure(
                    indicator,
                    f.period(),
                    f.periodStart(),
                    f.value(),
                    f.flag(),
                    f.method(),
                    f.origin(),
                    l == null ? null : l.value(),
                    l == null ? null : l.period(),
                    standing == null ? null : standing.rank(),
                    standing == null ? null : standing.outOf(),
                    standing == null ? null : standing.higherThan()));
        }
        out.sort(Comparator.comparing((AreaFigure f) -> f.indicator().theme())
                .thenComparing(f -> f.indicator().title()));
        return new AreaPage(
                data.release().id(),
                data.release().sample(),
                area,
                data.release().areas().parents(area.code()),
                data.release().areas().children(area.code()),
                data.release().areas().size(area.level()),
                out);
    }

    @GetMapping("/api/areas/{code}/indicators/{id}")
    @Operation(summary = "One indicator's time series in an area, with London's")
    Series series(ServedData data, @PathVariable String code, @PathVariable String id) throws SQLException {
        Area area = Checks.area(data, code);
        Indicator indicator = Checks.indicator(data, id);
        return new Series(
                data.release().id(),
                data.release().sample(),
                area,
                indicator,
                points(data, indicator.id(), area.code()),
                points(data, indicator.id(), LONDON));
    }

    private static List<Point> points(ServedData data, String indicator, String area) throws SQLException {
        List<Point> points = new ArrayList<>();
        try (Connection c = data.tier().database().connection();
                PreparedStatement s = c.prepareStatement("SELECT period, period_start, period_type, value, flag,"
                        + " method, origin FROM time_series WHERE indicator_id = ? AND area_code = ?"
                        + " ORDER BY period_start, period_type")) {
            s.setString(1, indicator);
            s.setString(2, area);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    points.add(new Point(
                            r.getString(1),
                            r.getObject(2, LocalDate.class),
                            r.getString(3),
                            Rows.doubleOrNull(r, 4),
                            r.getString(5),
                            r.getString(6),
                            r.getString(7)));
                }
            }
        }
        return points;
    }
}
