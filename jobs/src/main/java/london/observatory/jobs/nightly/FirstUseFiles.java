package london.observatory.jobs.nightly;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.RecordMapping;
import london.observatory.geography.GpPracticeCrosswalk;
import london.observatory.geography.OutputAreaCrosswalk;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.jobs.ObservatoryProperties.GeographyProperties;
import london.observatory.jobs.failure.ConfigurationException;

/**
 * The reference files a feed loads only when it runs (the postcode directory, the LSOA boundaries, the GP
 * registrations, the output area lookup), checked before the run starts for the feeds of this run: a setting
 * that names no file, or a postcode directory in no known layout, is a configuration error (exit 78) that
 * names the property and the feed, not a failed feed in the middle of the night. The files themselves are
 * still read on first use, since a full postcode directory is millions of rows.
 */
final class FirstUseFiles {

    private static final String PREFIX = "observatory.geography.";

    private FirstUseFiles() {}

    static void check(List<FeedDescriptor> feeds, GeographyProperties geography) {
        for (FeedDescriptor feed : feeds) {
            if (feed.records() != null) {
                checkRecordLocator(feed, geography);
            } else if (feed.mapping() != null) {
                Set<String> levels = feed.mapping().area().sourceLevels();
                if (levels.contains(GpPracticeCrosswalk.SOURCE_GEOGRAPHY)) {
                    present(feed, "gp-registrations", geography.gpRegistrations());
                }
                if (levels.contains(OutputAreaCrosswalk.SOURCE_GEOGRAPHY)) {
                    present(feed, "output-area-lookup", geography.outputAreaLookup());
                }
            }
        }
    }

    private static void checkRecordLocator(FeedDescriptor feed, GeographyProperties geography) {
        if (feed.records().placeBy() != RecordMapping.PlaceBy.POSTCODE) {
            present(feed, "lsoa21-boundaries", geography.lsoa21Boundaries());
            return;
        }
        Path directory = present(feed, "postcode-directory", geography.postcodeDirectory());
        if (geography.oa11Lookup() != null) {
            present(feed, "oa11-lookup", geography.oa11Lookup());
            present(feed, "output-area-lookup", geography.outputAreaLookup());
        }
        try {
            PostcodeDirectory.layoutOf(directory);
        } catch (RuntimeException e) {
            throw new ConfigurationException(
                    PREFIX + "postcode-directory (needed by " + feed.id() + "): " + e.getMessage()
                            + "; set it to an ONS postcode directory (NSPL, ONSPD or a postcode to output area"
                            + " lookup)",
                    e);
        }
    }

    private static Path present(FeedDescriptor feed, String property, Path file) {
        if (file == null) {
            throw new ConfigurationException(
                    PREFIX + property + ": not set, and " + feed.id() + " needs it to place its rows; set it to"
                            + " the file's path, or leave " + feed.id() + " out of observatory.feed-ids",
                    null);
        }
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(
                    PREFIX + property + ": no file at " + file.toAbsolutePath().normalize() + " (needed by " + feed.id()
                            + "); set it to the file's path",
                    null);
        }
        return file;
    }
}
