package london.observatory.search;

import java.nio.file.Path;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.geography.Geography;
import london.observatory.geography.RealLondonData;
import london.observatory.geography.postcode.PostcodeDirectory;

/**
 * One in-memory index of every shipped indicator and the real London geography, with the test postcode
 * directory ({@code search/postcodes.csv}), built once for the search tests: it is read-only and thread-safe.
 */
final class LondonSearch {

    private static SearchIndex index;

    private LondonSearch() {}

    static synchronized SearchIndex index() {
        if (index == null) {
            Geography london = RealLondonData.realLondon();
            PostcodeDirectory postcodes = PostcodeDirectory.load(postcodes(), london);
            index = SearchIndex.inMemory(
                    IndicatorEntry.all(FeedCatalog.load(Map.of())),
                    AreaEntry.all(london),
                    PostcodeLookup.of(postcodes));
        }
        return index;
    }

    static Path postcodes() {
        return RepoFiles.root().resolve("pipeline/src/test/resources/search/postcodes.csv");
    }

    static Path relevanceSet() {
        return RepoFiles.root().resolve("pipeline/src/test/resources/search/relevance.csv");
    }
}
