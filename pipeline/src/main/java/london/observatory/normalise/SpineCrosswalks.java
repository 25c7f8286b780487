package london.observatory.normalise;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.geography.Crosswalk;
import london.observatory.geography.Geography;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.OutputAreaCrosswalk;

/**
 * The crosswalks onto LSOA 2021 this installation has, by the source geography name descriptors use:
 * LSOA 2011 always (it comes with the spine), GP practices and output areas when their lookup files
 * are configured. Those two are read on first use by a feed in that geography, so a night without one
 * neither pays for the file nor needs it to exist; once read, each is shared read-only by every feed.
 */
public final class SpineCrosswalks {

    private final Geography geography;
    private final Path gpRegistrations;
    private final Path outputAreaLookup;
    private final Map<String, Crosswalk> loaded = new HashMap<>();

    public SpineCrosswalks(Geography geography, Path gpRegistrations, Path outputAreaLookup) {
        this.geography = geography;
        this.gpRegistrations = gpRegistrations;
        this.outputAreaLookup = outputAreaLookup;
        loaded.put(ValuePlacer.LSOA11, geography.lsoa11());
    }

    /** The crosswalks for the geographies the feed's rows can be in; one not configured is left out. */
    public synchronized Map<String, Crosswalk> forFeed(FeedDescriptor feed) {
        Map<String, Crosswalk> forFeed = new HashMap<>();
        for (String level : feed.mapping().area().sourceLevels()) {
            Crosswalk crosswalk = loaded.computeIfAbsent(level, this::read);
            if (crosswalk != null) {
                forFeed.put(level, crosswalk);
            }
        }
        return forFeed;
    }

    private Crosswalk read(String level) {
        if (GpPracticeCrosswalk.SOURCE_GEOGRAPHY.equals(level) && gpRegistrations != null) {
            return GpPracticeCrosswalk.read(gpRegistrations, geography);
        }
        if (OutputAreaCrosswalk.SOURCE_GEOGRAPHY.equals(level) && outputAreaLookup != null) {
            return OutputAreaCrosswalk.read(outputAreaLookup, geography);
        }
        return null;
    }
}
