package london.observatory.search;

import java.util.ArrayList;
import java.util.List;
import london.observatory.geography.Area;
import london.observatory.geography.Geography;

/**
 * A place as search sees it: its code, name and level, and the areas it lies in, nearest first, so a result
 * can say where a ward or a neighbourhood is: a ward or an MSOA → its borough; an LSOA → its MSOA, ward and
 * borough. Boroughs and London itself have none.
 */
public record AreaEntry(String code, String name, String level, List<AreaRef> parents) {

    public AreaEntry {
        parents = List.copyOf(parents);
    }

    /** Every area of {@code geography}, finest level first. */
    public static List<AreaEntry> all(Geography geography) {
        List<AreaEntry> entries = new ArrayList<>(geography.areas().size());
        for (Area area : geography.areas()) {
            entries.add(of(area, geography));
        }
        return entries;
    }

    static AreaEntry of(Area area, Geography geography) {
        List<String> parentCodes = switch (area.level()) {
            case LSOA21 -> listOf(area.msoa21Code(), area.wardCode(), area.ladCode());
            case MSOA21, WARD -> listOf(area.ladCode());
            case LAD, REGION -> List.of();
        };
        List<AreaRef> parents = new ArrayList<>();
        for (String code : parentCodes) {
            geography
                    .area(code)
                    .ifPresent(p -> parents.add(
                            new AreaRef(p.code(), p.name(), p.level().code())));
        }
        return new AreaEntry(area.code(), area.name(), area.level().code(), parents);
    }

    private static List<String> listOf(String... codes) {
        List<String> list = new ArrayList<>();
        for (String code : codes) {
            if (code != null) {
                list.add(code);
            }
        }
        return list;
    }
}
