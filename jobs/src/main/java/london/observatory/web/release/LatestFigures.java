package london.observatory.web.release;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The latest value of every indicator in every area of one database ({@code latest_values}), held in memory so an
 * area's page is answered without a query: about 190,000 figures for London, read once when the release is opened
 * (half a second). Ranks compare an area with the areas of its level that have a value for the same period.
 */
public final class LatestFigures {

    /** An area's latest figure of one indicator. */
    public record Figure(
            String indicatorId,
            String areaCode,
            String level,
            LocalDate periodStart,
            String period,
            Double value,
            String flag,
            String method,
            String origin) {}

    /** Where a value stands among its level's values for the same period. */
    public record Standing(int rank, int outOf, int higherThan) {}

    private record PeerKey(String indicatorId, String level, LocalDate periodStart) {}

    private final Map<String, List<Figure>> byArea;
    private final Map<PeerKey, double[]> peers;

    private LatestFigures(Map<String, List<Figure>> byArea, Map<PeerKey, double[]> peers) {
        this.byArea = byArea;
        this.peers = peers;
    }

    static LatestFigures load(Connection connection) throws SQLException {
        Map<String, List<Figure>> byArea = new HashMap<>();
        Map<PeerKey, List<Double>> values = new HashMap<>();
        // one copy of each code, label and date: the same few thousand repeat across 190,000 rows
        Map<String, String> interned = new HashMap<>();
        Map<LocalDate, LocalDate> dates = new HashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT indicator_id, area_code, area_level, period_start, period, value,"
                        + " flag, method, origin FROM latest_values")) {
            while (r.next()) {
                double v = r.getDouble(6);
                Double value = r.wasNull() ? null : v;
                Figure figure = new Figure(
                        intern(interned, r.getString(1)),
                        intern(interned, r.getString(2)),
                        intern(interned, r.getString(3)),
                        dates.computeIfAbsent(r.getObject(4, LocalDate.class), d -> d),
                        intern(interned, r.getString(5)),
                        value,
                        intern(interned, r.getString(7)),
                        intern(interned, r.getString(8)),
                        intern(interned, r.getString(9)));
                byArea.computeIfAbsent(figure.areaCode(), k -> new ArrayList<>())
                        .add(figure);
                if (value != null) {
                    values.computeIfAbsent(
                                    new PeerKey(figure.indicatorId(), figure.level(), figure.periodStart()),
                                    k -> new ArrayList<>())
                            .add(value);
                }
            }
        }
        Map<PeerKey, double[]> peers = new HashMap<>();
        values.forEach((key, list) -> {
            double[] sorted = list.stream().mapToDouble(Double::doubleValue).toArray();
            Arrays.sort(sorted);
            peers.put(key, sorted);
        });
        return new LatestFigures(byArea, peers);
    }

    /** The area's latest figures, one per indicator it has. */
    public List<Figure> of(String areaCode) {
        return byArea.getOrDefault(areaCode, List.of());
    }

    /**
     * Rank 1 is the highest value; {@code higherThan} counts the areas of the level with a lower value for the same
     * period (so "higher than 8 in 10" is {@code higherThan / outOf}). Null when the figure has no value.
     */
    public Standing standing(Figure figure) {
        double[] sorted = peers.get(new PeerKey(figure.indicatorId(), figure.level(), figure.periodStart()));
        if (figure.value() == null || sorted == null) {
            return null;
        }
        int lower = lowerBound(sorted, figure.value());
        int notHigher = upperBound(sorted, figure.value());
        return new Standing(sorted.length - notHigher + 1, sorted.length, lower);
    }

    private static int lowerBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static int upperBound(double[] sorted, double v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= v) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static String intern(Map<String, String> seen, String s) {
        return s == null ? null : seen.computeIfAbsent(s, k -> k);
    }
}
