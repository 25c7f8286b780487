package london.observatory.geography;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import london.observatory.geography.Lsoa21LookupReader.Lsoa21Row;
import london.observatory.geography.WardBestFitReader.Ward;

/**
 * Builds every area of the spine from its LSOAs: each parent (MSOA, ward, borough, London) exists
 * because an LSOA names it, and its population is the sum of its LSOAs'. Parents named twice with
 * different names or boroughs are rejected, because the rest of the pipeline joins on these codes.
 */
final class AreaHierarchy {

    static final String LONDON_CODE = "E12000007";
    static final String LONDON_NAME = "London";

    private final Map<String, Area> parents = new TreeMap<>();
    private final PopulationSums sums = new PopulationSums();

    private AreaHierarchy() {
    }

    static List<Area> build(Map<String, Lsoa21Row> lsoas, Map<String, Ward> wards, Map<String, Long> population) {
        AreaHierarchy hierarchy = new AreaHierarchy();
        List<Area> areas = new ArrayList<>();
        for (Lsoa21Row row : lsoas.values()) {
            areas.add(hierarchy.add(row, wardOf(row, wards), population.get(row.code())));
        }
        areas.add(new Area(LONDON_CODE, LONDON_NAME, AreaLevel.REGION, null, null, null, null,
                hierarchy.sums.of(LONDON_CODE)));
        hierarchy.parents.values().forEach(area -> areas.add(hierarchy.withPopulation(area)));
        areas.sort(Comparator.comparing(Area::level).thenComparing(Area::code));
        return areas;
    }

    private static Ward wardOf(Lsoa21Row row, Map<String, Ward> wards) {
        Ward ward = wards.get(row.code());
        if (ward == null) {
            throw new IllegalArgumentException("LSOA21 " + row.code() + " (" + row.name()
                    + ") has no row in the ward best-fit lookup");
        }
        return ward;
    }

    private Area add(Lsoa21Row row, Ward ward, Long population) {
        if (!row.ladCode().startsWith("E09")) {
            throw new IllegalArgumentException("LSOA21 " + row.code() + " is in " + row.ladCode()
                    + ", not a London borough (E09); the spine is London only");
        }
        parent(new Area(row.msoaCode(), row.msoaName(), AreaLevel.MSOA21, null, null, row.ladCode(), LONDON_CODE, null));
        parent(new Area(ward.code(), ward.name(), AreaLevel.WARD, null, null, row.ladCode(), LONDON_CODE, null));
        parent(new Area(row.ladCode(), row.ladName(), AreaLevel.LAD, null, null, null, LONDON_CODE, null));
        sums.add(population, row.msoaCode(), ward.code(), row.ladCode(), LONDON_CODE);
        return new Area(row.code(), row.name(), AreaLevel.LSOA21, row.msoaCode(), ward.code(), row.ladCode(),
                LONDON_CODE, population);
    }

    private void parent(Area area) {
        Area earlier = parents.putIfAbsent(area.code(), area);
        if (earlier != null && !earlier.equals(area)) {
            throw new IllegalArgumentException("area " + area.code() + " is described two ways: "
                    + earlier + " and " + area);
        }
    }

    private Area withPopulation(Area area) {
        return new Area(area.code(), area.name(), area.level(), area.msoa21Code(), area.wardCode(), area.ladCode(),
                area.regionCode(), sums.of(area.code()));
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
