package london.observatory.web.release;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The spine's areas of a release, held in memory (about 7,000 for London): each area with its parents (an LSOA's
 * MSOA, best-fit ward, borough and London) and children (a borough's MSOAs and wards, an MSOA's or ward's LSOAs,
 * London's boroughs).
 */
public final class AreaTree {

    /** An area as the API shows it. */
    public record Area(String code, String name, String level, Long population) {}

    private record Row(Area area, List<String> parentCodes) {}

    private final Map<String, Row> byCode;
    private final Map<String, List<Area>> children;
    private final Map<String, Integer> levelSizes;

    private AreaTree(Map<String, Row> byCode) {
        this.byCode = byCode;
        this.children = new HashMap<>();
        this.levelSizes = new HashMap<>();
        for (Row row : byCode.values()) {
            levelSizes.merge(row.area().level(), 1, Integer::sum);
            for (String parent : row.parentCodes()) {
                Row p = byCode.get(parent);
                // an LSOA's children are listed under its MSOA and ward, not repeated under its borough
                if (p != null && isChildLevel(row.area().level(), p.area().level())) {
                    children.computeIfAbsent(parent, k -> new ArrayList<>()).add(row.area());
                }
            }
        }
        children.values()
                .forEach(list -> list.sort(Comparator.comparing(Area::level).thenComparing(Area::name)));
    }

    static AreaTree load(Connection connection) throws SQLException {
        Map<String, Row> byCode = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
                ResultSet r = s.executeQuery("SELECT code, name, level, msoa21_code, ward_code, lad_code, region_code,"
                        + " population FROM areas ORDER BY code")) {
            while (r.next()) {
                List<String> parents = new ArrayList<>();
                for (int column = 4; column <= 7; column++) {
                    String parent = r.getString(column);
                    if (parent != null && !parent.equals(r.getString(1))) {
                        parents.add(parent);
                    }
                }
                long population = r.getLong(8);
                Area area = new Area(r.getString(1), r.getString(2), r.getString(3), r.wasNull() ? null : population);
                byCode.put(area.code(), new Row(area, List.copyOf(parents)));
            }
        }
        return new AreaTree(byCode);
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Row::area);
    }

    /** The areas {@code code} lies in, nearest first. */
    public List<Area> parents(String code) {
        Row row = byCode.get(code);
        if (row == null) {
            return List.of();
        }
        List<Area> parents = new ArrayList<>();
        for (String parent : row.parentCodes()) {
            Row p = byCode.get(parent);
            if (p != null) {
                parents.add(p.area());
            }
        }
        return parents;
    }

    public List<Area> children(String code) {
        return children.getOrDefault(code, List.of());
    }

    /** How many areas the spine has at {@code level}. */
    public int size(String level) {
        return levelSizes.getOrDefault(level, 0);
    }

    public List<Area> all() {
        return byCode.values().stream().map(Row::area).toList();
    }

    private static boolean isChildLevel(String child, String parent) {
        return switch (parent) {
            case "msoa21", "ward" -> child.equals("lsoa21");
            case "lad" -> child.equals("msoa21") || child.equals("ward");
            case "region" -> child.equals("lad");
            default -> false;
        };
    }
}
