package london.observatory.extract;

import java.util.List;

/**
 * The extract's areas above LSOA (MSOAs, wards, boroughs, London), whose values include roll-ups: their codes and
 * levels as the constant lists that let DuckDB push the area filter into {@code observation_rollups}.
 */
record AreasAboveLsoa(List<AreaInfo> areas) {

    static AreasAboveLsoa of(ValidRequest request) {
        return new AreasAboveLsoa(request.areas().stream()
                .filter(a -> !a.level().equals("lsoa21"))
                .toList());
    }

    boolean any() {
        return !areas.isEmpty();
    }

    Object[] codes() {
        return areas.stream().map(AreaInfo::code).toArray();
    }

    Object[] levels() {
        return areas.stream().map(AreaInfo::level).distinct().sorted().toArray();
    }
}
