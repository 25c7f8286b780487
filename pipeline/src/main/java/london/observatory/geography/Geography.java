package london.observatory.geography;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The neighbourhood spine: every London LSOA21, MSOA21, ward, borough and London itself, each with
 * its parents and Census 2021 population, plus the LSOA 2011 → 2021 mapping. Immutable once loaded.
 */
public final class Geography {

    private final List<Area> areas;
    private final Map<String, Area> byCode;
    private final Map<AreaLevel, Integer> counts = new EnumMap<>(AreaLevel.class);
    private final Lsoa11ToLsoa21 lsoa11ToLsoa21;
    private final WardVintages wards;

    Geography(List<Area> areas, Lsoa11ToLsoa21 lsoa11ToLsoa21, WardVintages wards) {
        this.areas = List.copyOf(areas);
        this.byCode = new HashMap<>(areas.size() * 2);
        for (Area area : areas) {
            Area earlier = byCode.putIfAbsent(area.code(), area);
            if (earlier != null) {
                throw new IllegalArgumentException("code " + area.code() + " is both a "
                        + earlier.level().code() + " and a " + area.level().code());
            }
            counts.merge(area.level(), 1, Integer::sum);
        }
        this.lsoa11ToLsoa21 = lsoa11ToLsoa21;
        this.wards = wards;
    }

    /** All areas, finest level first, then by code. */
    public List<Area> areas() {
        return areas;
    }

    public List<Area> areas(AreaLevel level) {
        return areas.stream().filter(area -> area.level() == level).toList();
    }

    public Optional<Area> area(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public boolean isLsoa21(String code) {
        Area area = byCode.get(code);
        return area != null && area.level() == AreaLevel.LSOA21;
    }

    public int count(AreaLevel level) {
        return counts.getOrDefault(level, 0);
    }

    /** Area count per level, in level order. */
    public Map<AreaLevel, Integer> counts() {
        return Collections.unmodifiableMap(counts);
    }

    /** Ward vintages known, newest (the one in {@link Area#wardCode()}) first. */
    public List<Integer> wardVintages() {
        return wards.vintages();
    }

    /** LSOA21 code → its best-fit ward code in {@code vintage}. */
    public Map<String, String> wardBestFit(int vintage) {
        Map<String, String> codes = new HashMap<>();
        wards.wards(vintage).forEach((lsoa, ward) -> codes.put(lsoa, ward.code()));
        return codes;
    }

    /** The LSOA 2011 exact-fit lookup with its CHGIND counts. */
    public Lsoa11ToLsoa21 lsoa11ToLsoa21() {
        return lsoa11ToLsoa21;
    }

    /** The crosswalk that moves LSOA 2011 values onto LSOA 2021. */
    public Crosswalk lsoa11() {
        return lsoa11ToLsoa21.crosswalk();
    }
}
