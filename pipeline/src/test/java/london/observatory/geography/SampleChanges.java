package london.observatory.geography;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.observatory.geography.SampleGeographyGenerator.Link;
import london.observatory.geography.SampleGeographyGenerator.Lsoa;

/**
 * The 2011 → 2021 changes in the sample exact fit: three splits, two merges and one irregular pair;
 * every other LSOA is unchanged and keeps its code, as ONS does. LSOA 2011 codes that did not survive
 * are made up in E01980….
 */
final class SampleChanges {

    private SampleChanges() {}

    static List<Link> links(List<Lsoa> lsoas) {
        Map<String, Lsoa> byName = SampleGeographyGenerator.byName(lsoas);
        List<Link> links = new ArrayList<>();
        change(links, byName, 'S', "E01980001", "Camden 002E", "Camden 002A", "Camden 002B");
        change(links, byName, 'S', "E01980002", "Islington 001E", "Islington 001A", "Islington 001B", "Islington 001C");
        change(links, byName, 'S', "E01980003", "Tower Hamlets 001E", "Tower Hamlets 001A", "Tower Hamlets 001B");
        change(links, byName, 'M', "E01980011", "Westminster 001E", "Westminster 001A");
        change(links, byName, 'M', "E01980012", "Westminster 001F", "Westminster 001A");
        change(links, byName, 'M', "E01980013", "Southwark 002E", "Southwark 002A");
        change(links, byName, 'M', "E01980014", "Southwark 002F", "Southwark 002A");
        change(links, byName, 'X', "E01980021", "Newham 002E", "Newham 002A", "Newham 002B");
        change(links, byName, 'X', "E01980022", "Newham 002F", "Newham 002B");
        Set<String> changed = new HashSet<>();
        links.forEach(link -> changed.add(link.target().code()));
        for (Lsoa lsoa : lsoas) {
            if (!changed.contains(lsoa.code())) {
                links.add(new Link(lsoa.code(), lsoa.name(), lsoa, 'U'));
            }
        }
        return links;
    }

    private static void change(
            List<Link> links,
            Map<String, Lsoa> byName,
            char chgind,
            String lsoa11,
            String lsoa11Name,
            String... targets) {
        for (String target : targets) {
            Lsoa lsoa = byName.get(target);
            if (lsoa == null) {
                throw new IllegalStateException("sample has no LSOA21 named " + target);
            }
            links.add(new Link(lsoa11, lsoa11Name, lsoa, chgind));
        }
    }
}
