package london.observatory.descriptor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import london.observatory.table.ResourceIndex;

/**
 * The feed descriptors of a run: those shipped in the schemas module (listed in {@code feeds/index.txt},
 * in the order the nightly job runs them), then any {@code <id>.json} in an operator's folder, so a feed
 * can be added without rebuilding. Each is checked against the {@link DescriptorSchema} as it loads.
 */
public final class FeedCatalog {

    public static final String FOLDER = "observatory/feeds/";

    /** The properties an operator sets to choose feeds and their URLs, as errors name them. */
    static final String FEED_IDS_PROPERTY = "observatory.feed-ids";

    static final String FEEDS_DIR_PROPERTY = "observatory.feeds-dir";

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

    private final List<FeedDescriptor> feeds;

    private FeedCatalog(List<FeedDescriptor> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    /** Every descriptor on the class path, a feed's URL replaced where {@code urlOverrides} names it. */
    public static FeedCatalog load(Map<String, String> urlOverrides) {
        return load(urlOverrides, null);
    }

    /**
     * Every known feed: the class path's, in its index's order, then the folder's in file name order.
     *
     * @param urlOverrides feed id → the URL to fetch instead of the descriptor's; a blank URL is no override
     * @param feedsDir     a folder of further descriptors ({@code <id>.json}), or null for none
     * @throws DescriptorException (one line) for a descriptor the schema refuses, a folder descriptor whose id
     *                             is already on the class path, an indicator two feeds produce, or a URL
     *                             override for an id no descriptor has
     */
    public static FeedCatalog load(Map<String, String> urlOverrides, Path feedsDir) {
        Map<String, Location> known = known(feedsDir);
        for (String id : urlOverrides.keySet()) {
            if (!known.containsKey(id)) {
                throw noFeed("observatory.feeds." + id + ".url", id, known.keySet());
            }
        }
        List<FeedDescriptor> feeds = new ArrayList<>();
        Map<String, String> producedBy = new HashMap<>();
        for (Map.Entry<String, Location> entry : known.entrySet()) {
            String id = entry.getKey();
            Location place = entry.getValue();
            FeedDescriptor feed =
                    place.file() == null ? Descriptors.read(place.shown()) : Descriptors.read(place.file());
            for (int i = 0; i < feed.indicators().size(); i++) {
                String indicator = feed.indicators().get(i).id();
                String other = producedBy.putIfAbsent(indicator, id);
                if (other != null && !other.equals(id)) {
                    throw new DescriptorException(place.shown() + ": $.indicators[" + i + "].id: indicator " + indicator
                            + " is also produced by feed " + other + " ("
                            + known.get(other).shown() + ")");
                }
            }
            String override = urlOverrides.get(id);
            feeds.add(override == null || override.isBlank() ? feed : feed.withUrl(override));
        }
        return new FeedCatalog(feeds);
    }

    private static DescriptorException noFeed(String property, String id, Collection<String> known) {
        return new DescriptorException(property + ": no feed " + id + " (known: " + String.join(", ", known) + ")");
    }

    /** Feed ids in the order the nightly job runs them: {@code observatory/feeds/index.txt}. */
    public static List<String> feedIds() {
        return ResourceIndex.entries(FeedCatalog.class.getClassLoader(), FOLDER);
    }

    /** Every known feed id: the class path's index, then the {@code feedsDir} folder's (null: none). */
    public static List<String> feedIds(Path feedsDir) {
        return List.copyOf(known(feedsDir).keySet());
    }

    /**
     * Feed id → where its descriptor is: a class path resource under {@link #FOLDER}, or a file in
     * {@code feedsDir}. One id in both is refused: which one a run used would depend on this method.
     */
    private static Map<String, Location> known(Path feedsDir) {
        Map<String, Location> known = new LinkedHashMap<>();
        for (String id : feedIds()) {
            known.put(id, new Location(FOLDER + id + ".json", null));
        }
        for (Path file : folderDescriptors(feedsDir)) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".json".length());
            if (!ID.matcher(id).matches()) {
                throw new DescriptorException(file + ": a descriptor's file name is its feed id, which must be "
                        + "lower-case letters, digits, '.', '_' and '-' (e.g. camden-rough-sleeping.json)");
            }
            Location before = known.putIfAbsent(id, new Location(file.toString(), file));
            if (before != null) {
                throw new DescriptorException(file + ": feed " + id + " is already defined by " + before.shown()
                        + " (class path); give the new feed another id, or remove one of them");
            }
        }
        return known;
    }

    /** Where a descriptor is, as messages show it; {@code file} is null for one on the class path. */
    private record Location(String shown, Path file) {}

    private static List<Path> folderDescriptors(Path feedsDir) {
        if (feedsDir == null || feedsDir.toString().isBlank()) {
            return List.of();
        }
        if (!Files.isDirectory(feedsDir)) {
            throw new DescriptorException(FEEDS_DIR_PROPERTY + ": " + feedsDir + " is not a folder");
        }
        try (Stream<Path> files = Files.list(feedsDir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".json") && Files.isRegularFile(f))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + feedsDir, e);
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

    /** The feeds named, in the order given (a run's {@code observatory.feed-ids}); an unknown id is an error. */
    public FeedCatalog only(List<String> ids) {
        return only(ids, FEED_IDS_PROPERTY);
    }

    /** As {@link #only(List)}, an unknown id reported as named by {@code namedBy} (a setting or a command). */
    public FeedCatalog only(List<String> ids, String namedBy) {
        List<FeedDescriptor> chosen = new ArrayList<>();
        for (String id : ids) {
            chosen.add(find(id).orElseThrow(() ->
                    noFeed(namedBy, id, feeds.stream().map(FeedDescriptor::id).toList())));
        }
        return new FeedCatalog(chosen);
    }
}
