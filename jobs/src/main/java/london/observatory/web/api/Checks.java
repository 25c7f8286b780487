package london.observatory.web.api;

import java.util.List;
import java.util.regex.Pattern;
import london.observatory.boundaries.BoundaryFiles;
import london.observatory.extract.ExtractRequestException;
import london.observatory.geography.AreaLevel;
import london.observatory.web.release.AreaTree;
import london.observatory.web.release.IndicatorCatalogue;
import london.observatory.web.release.ServedData;

/**
 * The shapes a request's words must have before anything is looked up: an area code, an indicator id, a level, a
 * period. Nothing a caller sends reaches SQL except as a bound parameter, and anything of the wrong shape is refused
 * with its reason, quoted safely.
 */
final class Checks {

    /** The levels a map is drawn at: those the releases have boundaries for. */
    static final List<String> MAP_LEVELS =
            BoundaryFiles.LEVELS.stream().map(AreaLevel::code).toList();

    private static final Pattern AREA_CODE = Pattern.compile("[EWSN][0-9]{8}");
    private static final Pattern INDICATOR_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,99}");
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-[0-9]{2}|-Q[1-4]|-[0-9]{2}-[0-9]{2})?");

    private Checks() {}

    static AreaTree.Area area(ServedData data, String code) {
        String c = code == null ? "" : code.strip().toUpperCase(java.util.Locale.ROOT);
        if (!AREA_CODE.matcher(c).matches()) {
            throw ApiException.badRequest(
                    quote(code) + " is not an area code: a GSS code such as E01000001 (LSOA) or E09000007 (borough)");
        }
        return data.release()
                .areas()
                .area(c)
                .orElseThrow(() -> ApiException.notFound("no area " + c + " in release "
                        + data.release().id() + " (London's LSOAs 2021, MSOAs 2021," + " wards, boroughs and London)"));
    }

    static IndicatorCatalogue.Indicator indicator(ServedData data, String id) {
        if (id == null || !INDICATOR_ID.matcher(id).matches()) {
            throw ApiException.badRequest(
                    quote(id) + " is not an indicator id: lower-case letters, digits and '-', such as claimant-count");
        }
        // the same answer whether the indicator is restricted or unknown: a refusal says nothing of what exists
        return data.tier()
                .catalogue()
                .get(id)
                .orElseThrow(() -> ApiException.notFound(
                        "no indicator " + id + " in release " + data.release().id() + " (see /api/indicators)"));
    }

    static AreaLevel mapLevel(String level) {
        return BoundaryFiles.LEVELS.stream()
                .filter(l -> l.code().equals(level))
                .findFirst()
                .orElseThrow(() -> ApiException.badRequest(
                        "level must be one of " + String.join(", ", MAP_LEVELS) + ", not " + quote(level)));
    }

    static String period(String period) {
        if (period != null && !PERIOD.matcher(period).matches()) {
            throw ApiException.badRequest(quote(period)
                    + " is not a period: 2024, 2024-03, 2024-Q1 or 2024-03-31, as /api/indicators/{id} lists them");
        }
        return period;
    }

    static String quote(String text) {
        return ExtractRequestException.quote(text);
    }
}
