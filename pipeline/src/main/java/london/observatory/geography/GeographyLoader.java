package london.observatory.geography;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import london.observatory.geography.ExactFitReader.ExactFitRow;
import london.observatory.geography.Lsoa21LookupReader.Lsoa21Row;
import london.observatory.geography.WardBestFitReader.WardLookup;

/**
 * Loads the spine from the four ONS/GLA/Nomis files. The LSOA21 lookup defines the scope: rows of
 * the other files about LSOA21s outside it are ignored, so national (England and Wales) downloads
 * can be used as they come.
 */
public final class GeographyLoader {

    private GeographyLoader() {}

    /**
     * @throws IllegalArgumentException if a file lacks a column or contradicts itself or the others
     * @throws GeographyConfigurationException if the population file lacks LSOAs the split LSOA 2011s need
     * @throws java.io.UncheckedIOException if a file cannot be read
     */
    public static Geography load(GeographyFiles files) {
        Map<String, Lsoa21Row> lsoas = Lsoa21LookupReader.read(files.lsoa21Lookup());
        Map<String, Long> population =
                PopulationReader.read(files.population(), files.populationCodeColumn(), files.populationValueColumn());
        List<ExactFitRow> exactFit = inScope(ExactFitReader.read(files.lsoa11Lookup()), lsoas.keySet());
        PopulationCoverage.check(files.population(), exactFit, population);
        WardVintages wards = wardVintages(files, lsoas.keySet(), exactFit);
        List<Area> areas = AreaHierarchy.build(lsoas, wards, population);
        return new Geography(areas, Lsoa11ToLsoa21.build(exactFit, population), wards);
    }

    private static WardVintages wardVintages(GeographyFiles files, Set<String> spine, List<ExactFitRow> exactFit) {
        WardLookup current = WardBestFitReader.lookup(files.wardBestFit());
        if (current.byLsoa11()) {
            throw new IllegalArgumentException(
                    files.wardBestFit() + ": the current ward lookup must be keyed by LSOA21CD");
        }
        List<WardLookup> older =
                files.olderWardLookups().stream().map(WardBestFitReader::lookup).toList();
        return WardVintages.build(current, older, spine, exactFit);
    }

    /**
     * Keeps the exact-fit rows whose LSOA21 is on the spine. An LSOA11 with targets both on and off
     * the spine cannot be moved honestly (part of its value would vanish), so that is an error.
     */
    static List<ExactFitRow> inScope(List<ExactFitRow> rows, Set<String> spine) {
        Map<String, ExactFitRow> outside = new HashMap<>();
        List<ExactFitRow> kept = new ArrayList<>();
        for (ExactFitRow row : rows) {
            if (spine.contains(row.lsoa21())) {
                kept.add(row);
            } else {
                outside.putIfAbsent(row.lsoa11(), row);
            }
        }
        for (ExactFitRow row : kept) {
            ExactFitRow away = outside.get(row.lsoa11());
            if (away != null) {
                throw new IllegalArgumentException(away.where() + ": LSOA11 " + row.lsoa11() + " maps to "
                        + away.lsoa21() + ", outside the LSOA21 lookup, and to " + row.lsoa21() + " inside it");
            }
        }
        return kept;
    }
}
