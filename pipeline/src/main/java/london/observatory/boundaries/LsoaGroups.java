package london.observatory.boundaries;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import london.observatory.geography.Area;
import london.observatory.geography.AreaLevel;
import london.observatory.geography.Geography;

/**
 * Which LSOAs make up each area of each published level, read from the spine, so that an area's outline is exactly
 * the ground its values are rolled up from. LSOAs nest exactly in MSOAs and boroughs. Wards do not: the spine gives
 * each LSOA its best-fit ward, and a ward's values are the sum of the LSOAs that best fit it, so its outline here
 * is those LSOAs dissolved, not the legal ward boundary (they differ by the odd LSOA that straddles two wards). A
 * ward of an older vintage is the LSOAs that best fit it in the newest vintage it is in, as its population is.
 */
final class LsoaGroups {

    private final Map<AreaLevel, List<AreaGroup>> levels;

    private LsoaGroups(Map<AreaLevel, List<AreaGroup>> levels) {
        this.levels = levels;
    }

    static LsoaGroups of(Geography geography) {
        List<Area> lsoas = geography.areas(AreaLevel.LSOA21);
        Map<AreaLevel, List<AreaGroup>> levels = new LinkedHashMap<>();
        levels.put(
                AreaLevel.LSOA21,
                lsoas.stream()
                        .map(l -> new AreaGroup(l.code(), l.name(), AreaLevel.LSOA21.code(), List.of(l.code())))
                        .toList());
        levels.put(AreaLevel.MSOA21, byParent(geography, AreaLevel.MSOA21, lsoas, Area::msoa21Code));
        levels.put(AreaLevel.WARD, wards(geography));
        levels.put(AreaLevel.LAD, byParent(geography, AreaLevel.LAD, lsoas, Area::ladCode));
        return new LsoaGroups(levels);
    }

    /** The areas of {@code level}, in the spine's order (by code). */
    List<AreaGroup> level(AreaLevel level) {
        return levels.get(level);
    }

    /** One line per area: its level, code, name and LSOAs; what the outlines are made from besides the file. */
    String describe() {
        StringBuilder text = new StringBuilder();
        levels.forEach((level, groups) -> groups.forEach(group -> text.append(level.code())
                .append('\t')
                .append(group.code())
                .append('\t')
                .append(group.name())
                .append('\t')
                .append(group.coverage())
                .append('\t')
                .append(String.join(",", group.lsoas()))
                .append('\n')));
        return text.toString();
    }

    private static List<AreaGroup> byParent(
            Geography geography, AreaLevel level, List<Area> lsoas, Function<Area, String> parent) {
        Map<String, List<String>> members = new TreeMap<>();
        for (Area lsoa : lsoas) {
            members.computeIfAbsent(parent.apply(lsoa), code -> new ArrayList<>())
                    .add(lsoa.code());
        }
        return geography.areas(level).stream()
                .map(area -> new AreaGroup(
                        area.code(), area.name(), level.code(), members.getOrDefault(area.code(), List.of())))
                .toList();
    }

    /** Each ward from the best fit of the newest vintage it belongs to (the spine lists its vintages). */
    private static List<AreaGroup> wards(Geography geography) {
        Map<Integer, Map<String, List<String>>> byVintage = new TreeMap<>();
        for (int vintage : geography.wardVintages()) {
            Map<String, List<String>> members = byVintage.computeIfAbsent(vintage, v -> new TreeMap<>());
            new TreeMap<>(geography.wardBestFit(vintage))
                    .forEach((lsoa, ward) -> members.computeIfAbsent(ward, code -> new ArrayList<>())
                            .add(lsoa));
        }
        int current = geography.wardVintages().get(0);
        List<AreaGroup> wards = new ArrayList<>();
        for (Area ward : geography.areas(AreaLevel.WARD)) {
            int vintage = ward.wardVintages() == null
                    ? current
                    : Arrays.stream(ward.wardVintages().split(","))
                            .mapToInt(Integer::parseInt)
                            .max()
                            .orElse(current);
            wards.add(new AreaGroup(
                    ward.code(),
                    ward.name(),
                    AreaLevel.WARD.code() + "-" + vintage,
                    byVintage.getOrDefault(vintage, Map.of()).getOrDefault(ward.code(), List.of())));
        }
        return wards;
    }
}
