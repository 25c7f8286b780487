package london.observatory.descriptor;

import london.observatory.table.ResourceIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The feed descriptors shipped in the schemas module, read with Jackson. */
public final class FeedCatalog {

    public static final String FOLDER = "observatory/feeds/";

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<FeedDescriptor> feeds;

    private FeedCatalog(List<FeedDescriptor> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    /** Loads every descriptor, replacing a feed's URL where {@code urlOverrides} names it. */
    public static FeedCatalog load(Map<String, String> urlOverrides) {
        return load(feedIds(), urlOverrides);
    }

    /** Loads the named feeds, in the order given. */
    public static FeedCatalog load(List<String> ids, Map<String, String> urlOverrides) {
        List<FeedDescriptor> feeds = new ArrayList<>();
        for (String id : ids) {
            FeedDescriptor feed = read(FOLDER + id + ".json");
            String override = urlOverrides.get(id);
            feeds.add(override == null || override.isBlank() ? feed : feed.withUrl(override));
        }
        return new FeedCatalog(feeds);
    }

    /** Feed ids in the order the nightly job runs them: {@code observatory/feeds/index.txt}. */
    public static List<String> feedIds() {
        return ResourceIndex.entries(FeedCatalog.class.getClassLoader(), FOLDER);
    }

    /** A descriptor from its JSON text (tools and tests; the catalogue reads the class path). */
    public static FeedDescriptor parse(String json) {
        return JSON.readValue(json, FeedDescriptor.class);
    }

    public static FeedDescriptor read(String resource) {
        try (InputStream in = FeedCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("feed descriptor not found on the class path: " + resource);
            }
            return JSON.readValue(in, FeedDescriptor.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed descriptor " + resource, e);
        }
    }

    /** The same feeds, each changed by {@code change} (e.g. URLs made absolute). */
    public FeedCatalog map(UnaryOperator<FeedDescriptor> change) {
        return new FeedCatalog(feeds.stream().map(change).toList());
    }

    public List<FeedDescriptor> feeds() {
        return feeds;
    }

    public Optional<FeedDescriptor> find(String id) {
        return feeds.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** The feeds named, in the order given; an id the catalogue does not have is an error naming the known ones. */
    public FeedCatalog only(List<String> ids) {
        List<FeedDescriptor> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(find(id).orElseThrow(() -> new IllegalArgumentException("observatory.feed-ids: no feed " + id
                    + " (known: " + String.join(", ", feeds.stream().map(FeedDescriptor::id).toList()) + ")")));
        }
        return new FeedCatalog(chosen);
    }
}
