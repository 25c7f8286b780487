package london.observatory.descriptor;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads one feed descriptor, from the class path or a file: parsed, checked against the
 * {@link DescriptorSchema}, its id checked against its file name, and bound to a {@link FeedDescriptor}.
 */
public final class Descriptors {

    // The schema has already refused unknown keys; this only keeps parse() lenient for tools and tests.
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private Descriptors() {}

    /** A descriptor from its JSON text, not checked against the schema (tools and tests build partial ones). */
    public static FeedDescriptor parse(String json) {
        return JSON.readValue(json, FeedDescriptor.class);
    }

    /** A descriptor on the class path ({@code observatory/feeds/<id>.json}), checked against the schema. */
    public static FeedDescriptor read(String resource) {
        try (InputStream in = Descriptors.class.getClassLoader().getResourceAsStream(resource)) {
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
        // Jackson quotes the token it could not read: from a binary file that is raw control bytes. Escaped here
        // rather than with source.Snippet, which would make the descriptor and source packages depend on each other.
        String line = end < 0 ? text : text.substring(0, end).strip();
        StringBuilder out = new StringBuilder(line.length());
        for (char c : line.toCharArray()) {
            if (Character.isISOControl(c)) {
                out.append(String.format(java.util.Locale.ROOT, "\\x%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
