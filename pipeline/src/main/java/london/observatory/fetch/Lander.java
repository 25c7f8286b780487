package london.observatory.fetch;

import java.time.Instant;
import london.observatory.descriptor.FeedDescriptor;

/**
 * Lands one fetch of a feed in the raw area, however its source serves it (Nomis pages, one file, a
 * dataset whose resource is chosen first, a POSTed query). Throws {@link FetchException} when it fails.
 */
public interface Lander {

    LandedFeed land(FeedDescriptor feed, Instant fetchedAt);
}
