package london.observatory.geography;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Output areas 2011 → LSOA 2021, joining ONS's OA 2011 → OA 2021 lookup ({@code OA11CD, OA21CD, ...}) with
 * the OA 2021 → LSOA 2021 lookup ({@code OA21CD, LSOA21CD, ...}). It settles which part of a split LSOA 2011
 * a postcode is in, from the postcode's output area. An OA 2011 is kept only when every OA 2021 it became
 * lies in the same spine LSOA: one whose parts straddle two LSOAs, or reach off the spine or out of the
 * lookup, is left out, so a postcode in it stays an ambiguous split rather than being placed by a guess.
 */
public final class Oa11ToLsoa21 {

    static final ColumnName OA11CD = ColumnName.exact("OA11CD");

    private Oa11ToLsoa21() {}

    public static Map<String, String> read(Path oa11ToOa21, Path oa21ToLsoa21, Geography geography) {
        Map<String, String> oa21ToLsoa = OutputAreaCrosswalk.lookup(oa21ToLsoa21);
        Map<String, String> lsoaOf = new HashMap<>();
        Set<String> straddling = new HashSet<>();
        try (CsvTable table = CsvTable.open(oa11ToOa21)) {
            int oa11 = table.require(OA11CD);
            int oa21 = table.require(OutputAreaCrosswalk.OA21CD);
            for (CsvTable.Row row = table.next(); row != null; row = table.next()) {
                String code = row.required(oa11);
                String lsoa = oa21ToLsoa.get(row.required(oa21));
                if (lsoa == null || !geography.isLsoa21(lsoa)) {
                    straddling.add(code);
                    continue;
                }
                String earlier = lsoaOf.putIfAbsent(code, lsoa);
                if (earlier != null && !earlier.equals(lsoa)) {
                    straddling.add(code);
                }
            }
        }
        lsoaOf.keySet().removeAll(straddling);
        return Map.copyOf(lsoaOf);
    }
}
