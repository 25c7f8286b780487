package london.observatory.connectors.borough;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import london.observatory.descriptor.FeedDescriptor;
import london.observatory.descriptor.RecordMapping;
import london.observatory.geography.Geography;
import london.observatory.geography.Oa11ToLsoa21;
import london.observatory.geography.point.PointLocator;
import london.observatory.geography.postcode.PostcodeDirectory;
import london.observatory.geography.postcode.PostcodeResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Places record-level feeds: the postcode directory and the LSOA boundaries, each loaded on first use
 * (a full directory is millions of rows; a night with no record-level feed should not pay for it) and
 * then shared by every worker of every feed.
 */
public final class RecordLocators {

    private static final Logger LOG = LoggerFactory.getLogger(RecordLocators.class);

    private final Geography geography;
    private final Path postcodeDirectory;
    private final Path lsoa21Boundaries;
    private final Path oa11Lookup;
    private final Path outputAreaLookup;
    private PostcodeResolver postcodes;
    private PointLocator points;

    public RecordLocators(Geography geography, Path postcodeDirectory, Path lsoa21Boundaries) {
        this(geography, postcodeDirectory, lsoa21Boundaries, null, null);
    }

    /**
     * @param oa11Lookup ONS OA 2011 → OA 2021, with {@code outputAreaLookup} (OA 2021 → LSOA 2021): places the
     *     postcodes of split LSOA 2011s in a directory on LSOA 2011 by their output area; either null leaves
     *     them counted {@code ambiguous-split}
     */
    public RecordLocators(
            Geography geography,
            Path postcodeDirectory,
            Path lsoa21Boundaries,
            Path oa11Lookup,
            Path outputAreaLookup) {
        this.geography = geography;
        this.postcodeDirectory = postcodeDirectory;
        this.lsoa21Boundaries = lsoa21Boundaries;
        this.oa11Lookup = oa11Lookup;
        this.outputAreaLookup = outputAreaLookup;
    }

    /** The locator the feed's mapping asks for; fails, naming the setting, when its reference file is not configured. */
    public synchronized RecordLocator forFeed(FeedDescriptor feed) {
        RecordMapping.PlaceBy placeBy = feed.records().placeBy();
        if (placeBy == RecordMapping.PlaceBy.POSTCODE) {
            if (postcodes == null) {
                PostcodeDirectory directory = PostcodeDirectory.load(
                        required(feed, postcodeDirectory, "observatory.geography.postcode-directory"),
                        geography,
                        oa11Lookup == null || outputAreaLookup == null
                                ? Map.of()
                                : Oa11ToLsoa21.read(oa11Lookup, outputAreaLookup, geography));
                LOG.info("postcode directory {}: {}", postcodeDirectory, directory.counts());
                postcodes = new PostcodeResolver(directory);
            }
            return RecordLocator.of(placeBy, postcodes, null);
        }
        if (points == null) {
            points = PointLocator.load(required(feed, lsoa21Boundaries, "observatory.geography.lsoa21-boundaries"));
        }
        return RecordLocator.of(placeBy, null, points);
    }

    private static Path required(FeedDescriptor feed, Path file, String property) {
        if (file == null) {
            throw new IllegalStateException(feed.id() + " places its records by "
                    + feed.records().placeBy().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", so " + property
                    + " must be set");
        }
        return file;
    }
}
