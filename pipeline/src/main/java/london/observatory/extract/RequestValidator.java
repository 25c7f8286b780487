package london.observatory.extract;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks a request at the boundary, cheapest first, and throws {@link ExtractRequestException} for the first
 * problem: format, area codes by shape and number, periods, then themes, indicators and areas against the
 * database, and for a total, that no two areas overlap. User text reaches SQL only as bound parameters.
 */
final class RequestValidator {

    private final ExtractLimits limits;

    RequestValidator(ExtractLimits limits) {
        this.limits = limits;
    }

    ValidRequest validate(ExtractRequest request, ExtractDatabase database, Catalogue catalogue) throws SQLException {
        if (request.format() == null) {
            throw new ExtractRequestException("no format given: csv, parquet or xlsx");
        }
        SortedSet<String> codes = areaCodes(request.areaCodes());
        PeriodRange periods = PeriodRange.parse(request.from(), request.to());
        SortedSet<String> themes = known("theme", request.themes(), catalogue.themes());
        SortedSet<String> indicatorIds = known(
                "indicator", request.indicatorIds(), catalogue.indicators().keySet());
        List<IndicatorInfo> indicators = indicators(catalogue, themes, indicatorIds);
        List<AreaInfo> areas = areas(database, codes);
        if (request.total()) {
            AreaOverlap.check(database, codes);
        }
        return new ValidRequest(
                areas,
                indicators,
                List.copyOf(themes),
                List.copyOf(indicatorIds),
                periods,
                request.total(),
                request.format());
    }

    private SortedSet<String> areaCodes(List<String> asked) {
        SortedSet<String> codes = new TreeSet<>();
        for (String code : asked) {
            if (!AreaCodes.looksLikeCode(code)) {
                throw new ExtractRequestException("malformed area code " + ExtractRequestException.quote(code)
                        + ": an area is a GSS code, a letter and eight digits, such as E01000001 (an LSOA),"
                        + " E09000007 (a borough) or E12000007 (London)");
            }
            codes.add(AreaCodes.normalise(code));
        }
        if (codes.isEmpty()) {
            throw new ExtractRequestException("no area given: name at least one area code");
        }
        if (codes.size() > limits.maxAreas()) {
            throw new ExtractRequestException(String.format(
                    Locale.ROOT,
                    "%,d areas asked for; one extract takes at most %,d",
                    codes.size(),
                    limits.maxAreas()));
        }
        return codes;
    }

    /** The names asked for, normalised, each one of {@code known}. */
    private static SortedSet<String> known(String what, List<String> asked, Set<String> known) {
        SortedSet<String> names = new TreeSet<>();
        for (String name : asked) {
            String normal = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
            if (what.equals("theme")) {
                normal = normal.replace(' ', '_').replace('-', '_');
            }
            if (!known.contains(normal)) {
                throw new ExtractRequestException("unknown " + what + " " + ExtractRequestException.quote(name)
                        + (what.equals("theme") ? " (themes: " + String.join(", ", new TreeSet<>(known)) + ")" : ""));
            }
            names.add(normal);
        }
        return names;
    }

    /** The themes' indicators and the named ones, in id order; every indicator when neither is given. */
    private static List<IndicatorInfo> indicators(
            Catalogue catalogue, SortedSet<String> themes, SortedSet<String> ids) {
        List<IndicatorInfo> chosen = new ArrayList<>();
        for (IndicatorInfo indicator : catalogue.indicators().values()) {
            boolean all = themes.isEmpty() && ids.isEmpty();
            if (all || themes.contains(indicator.theme()) || ids.contains(indicator.id())) {
                chosen.add(indicator);
            }
        }
        return chosen;
    }

    private static List<AreaInfo> areas(ExtractDatabase database, SortedSet<String> codes) throws SQLException {
        Map<String, AreaInfo> found = new TreeMap<>();
        Array array = database.connection().createArrayOf("VARCHAR", codes.toArray());
        try (PreparedStatement query = database.connection()
                .prepareStatement("SELECT code, name, level FROM areas WHERE code IN (SELECT unnest(?::VARCHAR[]))")) {
            query.setArray(1, array);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    found.put(rows.getString(1), new AreaInfo(rows.getString(1), rows.getString(2), rows.getString(3)));
                }
            }
        }
        List<String> missing =
                codes.stream().filter(c -> !found.containsKey(c)).limit(4).toList();
        if (!missing.isEmpty()) {
            long count = codes.size() - found.size();
            throw new ExtractRequestException(
                    count == 1
                            ? "area code " + missing.get(0) + " is not in this release's areas"
                            : count + " area codes are not in this release's areas: "
                                    + String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                                    + (count > 3 ? ", …" : ""));
        }
        return List.copyOf(found.values());
    }
}
