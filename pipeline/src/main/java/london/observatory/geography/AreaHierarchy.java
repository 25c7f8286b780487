package london.observatory.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import london.observatory.geography.Lsoa21LookupReader.Lsoa21Row;
import london.observatory.geography.WardBestFitReader.Ward;

/**
 * Builds every area of the spine from its LSOAs: each parent (MSOA, ward, borough, London) exists
 * because an LSOA names it, and its population is the sum of its LSOAs'. Parents named twice with
 * different names or boroughs are rejected, because the rest of the pipeline joins on these codes.
 * Wards of older vintages are areas too (their values stay at their own level); a ward code that lives
 * on into a newer vintage is described, and its population summed, by the newest.
 */
final class AreaHierarchy {

    static final String LONDON_CODE = "E12000007";
    static final String LONDON_NAME = "London";

    private final Map<String, Area> parents = new TreeMap<>();
    private final PopulationSums sums = new PopulationSums();
    private final Map<String, TreeSet<Integer>> wardVintages = new HashMap<>();

    private AreaHierarchy() {}

    static List<Area> build(Map<String, Lsoa21Row> lsoas, WardVintages wards, Map<String, Long> population) {
        AreaHierarchy hierarchy = new AreaHierarchy();
        List<Area> areas = new ArrayList<>();
        Map<String, Ward> current = wards.wards(wards.current());
        for (Lsoa21Row row : lsoas.values()) {
            areas.add(hierarchy.add(row, current.get(row.code()), population.get(row.code())));
            hierarchy.inVintage(current.get(row.code()), wards.current());
        }
        for (int vintage : wards.vintages().subList(1, wards.vintages().size())) {
            hierarchy.addOlderWards(lsoas, wards.wards(vintage), vintage, population);
        }
        areas.add(new Area(
                LONDON_CODE,
                LONDON_NAME,
                AreaLevel.REGION,
                null,
                null,
                null,
                null,
                hierarchy.sums.of(LONDON_CODE),
                null));
        hierarchy.parents.values().forEach(area -> areas.add(hierarchy.complete(area)));
        areas.sort(Comparator.comparing(Area::level).thenComparing(Area::code));
        return areas;
    }

    private Area add(Lsoa21Row row, Ward ward, Long population) {
        if (!row.ladCode().startsWith("E09")) {
            throw new IllegalArgumentException("LSOA21 " + row.code() + " is in " + row.ladCode()
                    + ", not a London borough (E09); the spine is London only");
        }
        parent(new Area(
                row.msoaCode(), row.msoaName(), AreaLevel.MSOA21, null, null, row.ladCode(), LONDON_CODE, null, null));
        parent(ward(ward, row));
        parent(new Area(row.ladCode(), row.ladName(), AreaLevel.LAD, null, null, null, LONDON_CODE, null, null));
        sums.add(population, row.msoaCode(), ward.code(), row.ladCode(), LONDON_CODE);
        return new Area(
                row.code(),
                row.name(),
                AreaLevel.LSOA21,
                row.msoaCode(),
                ward.code(),
                row.ladCode(),
                LONDON_CODE,
                population,
                null);
    }

    /** Wards first seen in {@code vintage} (not in a newer one) become areas, with this vintage's population. */
    private void addOlderWards(
            Map<String, Lsoa21Row> lsoas, Map<String, Ward> wards, int vintage, Map<String, Long> population) {
        for (Lsoa21Row row : lsoas.values()) {
            Ward ward = wards.get(row.code());
            TreeSet<Integer> seen = wardVintages.get(ward.code());
            boolean newer = seen != null && seen.last() > vintage;
            inVintage(ward, vintage);
            if (!newer) {
                parent(ward(ward, row));
                sums.add(population.get(row.code()), ward.code());
            }
        }
    }

    private static Area ward(Ward ward, Lsoa21Row row) {
        return new Area(ward.code(), ward.name(), AreaLevel.WARD, null, null, row.ladCode(), LONDON_CODE, null, null);
    }

    private void inVintage(Ward ward, int vintage) {
        wardVintages.computeIfAbsent(ward.code(), code -> new TreeSet<>()).add(vintage);
    }

    private void parent(Area area) {
        Area earlier = parents.putIfAbsent(area.code(), area);
        if (earlier != null && !earlier.equals(area)) {
            throw new IllegalArgumentException(
                    "area " + area.code() + " is described two ways: " + earlier + " and " + area);
        }
    }

    private Area complete(Area area) {
        TreeSet<Integer> vintages = wardVintages.get(area.code());
        String listed =
                vintages == null ? null : vintages.stream().map(String::valueOf).collect(Collectors.joining(","));
        return new Area(
                area.code(),
                area.name(),
                area.level(),
                area.msoa21Code(),
                area.wardCode(),
                area.ladCode(),
                area.regionCode(),
                sums.of(area.code()),
                listed);
    }

    /** Sums LSOA populations into parents; one missing LSOA population makes the parent's unknown, not smaller. */
    private static final class PopulationSums {
        private final Map<String, Long> sums = new HashMap<>();

        void add(Long population, String... parentCodes) {
            for (String code : parentCodes) {
                boolean known = population != null && (!sums.containsKey(code) || sums.get(code) != null);
                sums.put(code, known ? sums.getOrDefault(code, 0L) + population : null);
            }
        }

        Long of(String code) {
            return sums.get(Objects.requireNonNull(code));
        }
    }
}
