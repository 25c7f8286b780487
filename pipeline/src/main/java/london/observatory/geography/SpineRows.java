package london.observatory.geography;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The spine's published tables: {@code areas} and {@code ward_best_fit} (columns in their schemas' order). */
public final class SpineRows {

    private SpineRows() {}

    public static List<Object[]> areas(Geography geography) {
        List<Object[]> rows = new ArrayList<>(geography.areas().size());
        for (Area a : geography.areas()) {
            rows.add(new Object[] {
                a.code(),
                a.name(),
                a.level().code(),
                a.msoa21Code(),
                a.wardCode(),
                a.ladCode(),
                a.regionCode(),
                a.population(),
                a.wardVintages()
            });
        }
        return rows;
    }

    /** Every ward vintage × LSOA 2021 → the ward it best fits. */
    public static List<Object[]> wardBestFit(Geography geography) {
        List<Object[]> rows = new ArrayList<>();
        for (int vintage : geography.wardVintages()) {
            new TreeMap<>(geography.wardBestFit(vintage))
                    .forEach((lsoa, ward) -> rows.add(new Object[] {(long) vintage, lsoa, ward}));
        }
        return rows;
    }
}
