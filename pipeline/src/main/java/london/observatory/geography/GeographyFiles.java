package london.observatory.geography;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * Where the spine's inputs are. The population file is any CSV with one row per LSOA21 (repeats with
 * the same value are allowed); its code and value columns are named because Nomis, ONS and derived
 * files each call them something different.
 *
 * @param lsoa21Lookup      LSOA21 → MSOA21 → LAD lookup ({@code LSOA21CD,LSOA21NM,MSOA21CD,MSOA21NM,LADnnCD,LADnnNM})
 * @param lsoa11Lookup      LSOA11 → LSOA21 exact fit ({@code LSOA11CD} or {@code F_LSOA11CD}, {@code LSOA21CD}, {@code CHGIND})
 * @param wardBestFit       LSOA21 → ward best fit ({@code LSOA21CD}, {@code WDnnCD}/{@code WARDnnCD}, {@code WDnnNM}/{@code WARDnnNM})
 * @param population        population per LSOA21
 * @param populationCodeColumn  header of the LSOA21 code column in {@code population}
 * @param populationValueColumn header of the count column in {@code population}
 * @param olderWardLookups  LSOA21 or LSOA11 → ward best fits of older ward vintages (e.g. {@code WD14CD},
 *                          {@code WD18CD}), so ward values published in them can be linked to LSOAs
 */
public record GeographyFiles(
        Path lsoa21Lookup,
        Path lsoa11Lookup,
        Path wardBestFit,
        Path population,
        String populationCodeColumn,
        String populationValueColumn,
        List<Path> olderWardLookups) {

    /** Nomis Census 2021 bulk download layout, e.g. {@code census2021-ts001-lsoa.csv}. */
    public static final String NOMIS_CODE_COLUMN = "geography code";

    public static final String NOMIS_TS001_TOTAL_COLUMN = "Residence type: Total; measures: Value";

    public GeographyFiles {
        Objects.requireNonNull(lsoa21Lookup, "lsoa21Lookup");
        Objects.requireNonNull(lsoa11Lookup, "lsoa11Lookup");
        Objects.requireNonNull(wardBestFit, "wardBestFit");
        Objects.requireNonNull(population, "population");
        Objects.requireNonNull(populationCodeColumn, "populationCodeColumn");
        Objects.requireNonNull(populationValueColumn, "populationValueColumn");
        olderWardLookups = olderWardLookups == null ? List.of() : List.copyOf(olderWardLookups);
    }

    /** Only the current ward vintage. */
    public GeographyFiles(
            Path lsoa21Lookup,
            Path lsoa11Lookup,
            Path wardBestFit,
            Path population,
            String populationCodeColumn,
            String populationValueColumn) {
        this(
                lsoa21Lookup,
                lsoa11Lookup,
                wardBestFit,
                population,
                populationCodeColumn,
                populationValueColumn,
                List.of());
    }

    /** The same files plus older ward vintages. */
    public GeographyFiles withOlderWards(List<Path> lookups) {
        return new GeographyFiles(
                lsoa21Lookup,
                lsoa11Lookup,
                wardBestFit,
                population,
                populationCodeColumn,
                populationValueColumn,
                lookups);
    }

    /** Population from a Nomis Census 2021 TS001 bulk CSV (the default layout). */
    public static GeographyFiles withNomisTs001(Path lsoa21Lookup, Path lsoa11Lookup, Path wardBestFit, Path ts001) {
        return new GeographyFiles(
                lsoa21Lookup, lsoa11Lookup, wardBestFit, ts001, NOMIS_CODE_COLUMN, NOMIS_TS001_TOTAL_COLUMN);
    }
}
