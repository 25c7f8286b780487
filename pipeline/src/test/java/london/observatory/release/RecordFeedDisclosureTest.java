package london.observatory.release;

import static london.observatory.release.ReleaseFixture.JAN;
import static london.observatory.release.ReleaseFixture.LSOAS;
import static london.observatory.release.ReleaseFixture.RECORD_FEED;
import static london.observatory.release.ReleaseFixture.publisher;
import static london.observatory.release.ReleaseFixture.release;
import static london.observatory.release.ReleaseFixture.rows;
import static london.observatory.release.ReleaseFixture.writeFeed;
import static london.observatory.release.ReleaseFixture.writeReferenceTables;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import london.observatory.RepoFiles;
import london.observatory.descriptor.FeedCatalog;
import london.observatory.descriptor.FeedDescriptor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A record-level feed's counts reach open outputs through cell-key perturbation unless its descriptor's
 * {@code disclosure} block says {@code none} (with its reason); then they are published exactly, under the
 * feed's access tier.
 */
class RecordFeedDisclosureTest {

    private static final String SITES = "food-bank-sites";

    @TempDir
    Path dataDir;

    @TempDir
    Path feeds;

    @Test
    void aRecordLevelFeedWithoutPerturbationIsPublishedExactlyWhileTheOthersArePerturbed() throws Exception {
        Files.writeString(feeds.resolve(SITES + ".json"), sitesDescriptor());
        FeedCatalog catalog = FeedCatalog.load(Map.of(), feeds);
        assertThat(catalog.feeds().stream().filter(FeedDescriptor::perturbed).map(FeedDescriptor::id))
                .containsExactlyInAnyOrder(
                        "camden-housing-register", "hackney-temporary-accommodation", "southwark-council-tax-arrears");
        writeReferenceTables(dataDir, 0, LSOAS, Map.of("universal_credit", RECORD_FEED, "food-bank-sites", SITES));
        writeFeed(dataDir, RECORD_FEED, JAN, 1, 3.0, 7L);
        writeFeed(dataDir, SITES, "food-bank-sites", JAN, 1, 20.0, 9L);

        publisher().publish(dataDir, "r1", catalog, RepoFiles.madeUpGeography());

        Path open = release(dataDir, "r1").resolve(ReleaseLayout.OPEN);
        assertThat(rows(
                        open,
                        "SELECT string_agg(area_code || '=' || value || ':' || coalesce(flag, '-'), ' ' ORDER BY"
                                + " area_code) FROM observations WHERE feed = '" + SITES + "'"))
                .containsExactly("E01000001=20.0:- E01000002=21.0:- E01000003=22.0:- E01000004=23.0:-");
        assertThat(rows(open, "SELECT DISTINCT flag FROM observations WHERE feed = '" + RECORD_FEED + "'"))
                .containsExactly("perturbed");
        assertThat(rows(open, "SELECT feed || ':' || access_tier FROM indicators ORDER BY feed"))
                .containsExactly(RECORD_FEED + ":protected", SITES + ":open");
    }

    /** Camden's case-list descriptor, made an open list of sites whose exact counts are safe to publish. */
    private static String sitesDescriptor() throws Exception {
        String camden = Files.readString(
                RepoFiles.root().resolve("schemas/src/main/resources/observatory/feeds/camden-housing-register.json"));
        return camden.replace("\"id\": \"camden-housing-register\"", "\"id\": \"" + SITES + "\"")
                .replace("camden-housing-register-applications", SITES)
                .replaceFirst(
                        "\"records\": \\{",
                        "\"accessTier\": \"open\",\n  \"disclosure\": {\"method\": \"none\","
                                + " \"reason\": \"Each record is a food bank site, not a person.\"},\n  \"records\": {");
    }
}
