package london.observatory.jobs;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.OutputAreaCrosswalk;
import london.observatory.normalise.AreaPlacer;

/**
 * The crosswalks onto LSOA 2021 this installation has, by the source geography name descriptors use:
 * LSOA 2011 always (it comes with the spine), GP practices and output areas when their lookup files
 * are configured. Built once at start-up and shared read-only by every feed.
 */
public final class SpineCrosswalks {

    private final Map<String, Crosswalk> bySourceGeography = new HashMap<>();

    SpineCrosswalks(Geography geography, Path gpRegistrations, Path outputAreaLookup) {
        bySourceGeography.put(AreaPlacer.LSOA11, geography.lsoa11());
        if (gpRegistrations != null) {
            bySourceGeography.put(GpPracticeCrosswalk.SOURCE_GEOGRAPHY, GpPracticeCrosswalk.read(gpRegistrations, geography));
        }
        if (outputAreaLookup != null) {
            bySourceGeography.put(OutputAreaCrosswalk.SOURCE_GEOGRAPHY, OutputAreaCrosswalk.read(outputAreaLookup, geography));
        }
    }

    public Map<String, Crosswalk> bySourceGeography() {
        return Map.copyOf(bySourceGeography);
    }
}
