package london.observatory.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import london.observatory.table.ResourceIndex;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

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

    // The schema has already refused unknown keys; this only keeps parse() lenient for tools and tests.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final List<FeedDescriptor> feeds;

    private FeedCatalog(List<FeedDescriptor> feeds) {
        this.feeds = List.copyOf(feeds);
    }

    /** Loads every descriptor on the class path, replacing a feed's URL where {@code urlOverrides} names it. */
    public static FeedCatalog load(Map<String, String> urlOverrides) {
        return load(List.of(), urlOverrides, null);
    }

    /** Loads the named feeds from the class path, in the order given (empty: every feed). */
    public static FeedCatalog load(List<String> ids, Map<String, String> urlOverrides) {
        return load(ids, urlOverrides, null);
    }

    /**
     * The catalogue of a run.
     *
     * @param ids          the feeds to run, in that order; empty for every known feed (the class path's
     *                     index order, then the folder's in file name order)
     * @param urlOverrides feed id → the URL to fetch instead of the descriptor's; a blank URL is no override
     * @param feedsDir     a folder of further descriptors ({@code <id>.json}), or null for none
     * @throws DescriptorException (one line) for a descriptor the schema refuses, a folder descriptor whose id
     *                             is already on the class path, or an id asked for or overridden that no
     *                             descriptor has
     */
    public static FeedCatalog load(List<String> ids, Map<String, String> urlOverrides, Path feedsDir) {
        Map<String, Location> known = known(feedsDir);
        for (String id : urlOverrides.keySet()) {
            if (!known.containsKey(id)) {
                throw new DescriptorException("observatory.feeds." + id + ".url: no feed " + id + " (known: "
                        + String.join(", ", known.keySet()) + ")");
            }
        }
        for (String id : ids) {
            if (!known.containsKey(id)) {
                throw new DescriptorException(
                        FEED_IDS_PROPERTY + ": no feed " + id + " (known: " + String.join(", ", known.keySet()) + ")");
            }
        }
        List<FeedDescriptor> feeds = new ArrayList<>();
        Map<String, String> producedBy = new HashMap<>();
        for (String id : ids.isEmpty() ? known.keySet() : ids) {
            Location place = known.get(id);
            FeedDescriptor feed = place.file() == null ? read(place.shown()) : read(place.file());
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

    /** A descriptor from its JSON text, not checked against the schema (tools and tests build partial ones). */
    public static FeedDescriptor parse(String json) {
        return JSON.readValue(json, FeedDescriptor.class);
    }

    /** A descriptor on the class path ({@code observatory/feeds/<id>.json}), checked against the schema. */
    public static FeedDescriptor read(String resource) {
        try (InputStream in = FeedCatalog.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("feed descriptor not found on the class path: " + resource);
            }
            return descriptor(resource, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed descriptor " + resource, e);
        }
    }

    /** A descriptor file ({@code <id>.json}), checked against the schema. */
    public static FeedDescriptor read(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return descriptor(file.toString(), in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read feed descriptor " + file, e);
        }
    }

    /**
     * Parses, checks and builds one descriptor. Its id is its file name; an {@code id} key may repeat it
     * but not contradict it, since the id names the feed's folders and the file is how people find it.
     */
    private static FeedDescriptor descriptor(String where, InputStream in) {
        String name = where.substring(Math.max(where.lastIndexOf('/'), where.lastIndexOf('\\')) + 1);
        String fileId = name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
        JsonNode tree;
        try {
            tree = JSON.readTree(in);
        } catch (JacksonException e) {
            throw new DescriptorException(where + ": not valid JSON: " + oneLine(e.getMessage()));
        }
        DescriptorSchema.check(where, tree);
        JsonNode id = tree.path("id");
        if (id.isMissingNode()) {
            ((ObjectNode) tree).put("id", fileId);
        } else if (!id.asString().equals(fileId)) {
            throw new DescriptorException(
                    where + ": $.id: is " + id + " but the file is " + name + " (a feed's id is its file name)");
        }
        checkMappedIndicators(where, tree);
        try {
            return JSON.treeToValue(tree, FeedDescriptor.class);
        } catch (JacksonException e) {
            // The records' own checks (a record-level feed's single count, how records are placed).
            Throwable cause = e;
            while (cause.getCause() != null) {
                cause = cause.getCause();
            }
            throw new DescriptorException(where + ": " + oneLine(cause.getMessage()));
        }
    }

    /** A mapping for an indicator the feed does not declare would fail only when its first row is read. */
    private static void checkMappedIndicators(String where, JsonNode tree) {
        List<String> declared = new ArrayList<>();
        tree.path("indicators").forEach(i -> declared.add(i.path("id").asString()));
        for (String mapped : tree.path("mapping").path("indicators").propertyNames()) {
            if (!declared.contains(mapped)) {
                throw new DescriptorException(where + ": " + DescriptorSchema.path("mapping", "indicators", mapped)
                        + ": no indicator " + mapped + " in $.indicators (declared: " + String.join(", ", declared)
                        + ")");
            }
        }
    }

    private static String oneLine(String message) {
        String text = message == null ? "" : message.strip();
        int end = text.indexOf('\n');
        return end < 0 ? text : text.substring(0, end).strip();
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
                    + " (known: "
                    + String.join(", ", feeds.stream().map(FeedDescriptor::id).toList()) + ")")));
        }
        return new FeedCatalog(chosen);
    }
}
