package london.observatory.descriptor;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The feed descriptor schema ({@code observatory/feed-descriptor.schema.json}, JSON Schema 2020-12), applied
 * before a descriptor is turned into a {@link FeedDescriptor}. Jackson alone would drop a misspelt key
 * without a word ({@code "sourse"}, {@code "levelColum"}) and the feed would then fail, or worse run,
 * far from the typo; here it fails as the catalogue loads, with one line naming the file, the key's
 * JSON path and what is allowed there.
 */
public final class DescriptorSchema {

    public static final String RESOURCE = "observatory/feed-descriptor.schema.json";

    private static final Pattern PLAIN_KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** The schema's patterns in words: a regular expression means nothing to most people writing descriptors. */
    private static final Map<String, String> PATTERNS = Map.of(
            "^[a-z0-9][a-z0-9._-]*$", "lower-case letters, digits, '.', '_' and '-'",
            "^([hH][tT][tT][pP][sS]?|[fF][iI][lL][eE]):", "an https:, http: or file: URL",
            "^[A-Z_][A-Z0-9_]*$", "the name of an environment variable: capitals, digits and '_'",
            "^[0-9]{4}-[0-9]{2}-[0-9]{2}$", "a date written yyyy-MM-dd",
            "^(fingertips|.*y.*)$", "a named period format or a date pattern with the year in it");

    private static final JsonNode SCHEMA_TREE = readSchema();
    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(SCHEMA_TREE);

    private DescriptorSchema() {}

    /**
     * Checks a descriptor's JSON against the schema.
     *
     * @param where the descriptor's file, as messages name it
     * @throws DescriptorException with one line: {@code where: $.path: what is wrong}
     */
    public static void check(String where, JsonNode descriptor) {
        List<String> problems = problems(descriptor);
        if (!problems.isEmpty()) {
            String more = problems.size() == 1 ? "" : " (and " + (problems.size() - 1) + " more)";
            throw new DescriptorException(where + ": " + problems.get(0) + more);
        }
    }

    /** Every problem, each as {@code $.path: what is wrong}, in the order the schema finds them. */
    public static List<String> problems(JsonNode descriptor) {
        List<String> problems = new ArrayList<>();
        for (Error error : SCHEMA.validate(descriptor)) {
            String problem = describe(error);
            if (!problems.contains(problem)) {
                problems.add(problem);
            }
        }
        return problems;
    }

    /** The JSON path of a key, as the messages write it: {@code $.mapping.keep['Category Type']}. */
    static String path(Object... keys) {
        StringBuilder path = new StringBuilder("$");
        for (Object key : keys) {
            append(path, key);
        }
        return path.toString();
    }

    private static String path(NodePath node, String child) {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < node.getNameCount(); i++) {
            keys.add(node.getElement(i));
        }
        if (child != null) {
            keys.add(child);
        }
        return path(keys.toArray());
    }

    private static void append(StringBuilder path, Object element) {
        if (element instanceof Integer index) {
            path.append('[').append(index).append(']');
        } else if (PLAIN_KEY.matcher(element.toString()).matches()) {
            path.append('.').append(element);
        } else {
            path.append("['").append(element.toString().replace("'", "\\'")).append("']");
        }
    }

    private static String describe(Error error) {
        NodePath at = error.getInstanceLocation();
        // A failed anyOf reports each branch's missing key; the choice between them says more.
        NodePath fragment = error.getSchemaLocation().getFragment();
        for (int i = 0; i < fragment.getNameCount(); i++) {
            String element = String.valueOf(fragment.getElement(i));
            if (element.equals("anyOf") || element.equals("oneOf")) {
                return path(at, null) + ": " + choice(element, schemaNode(fragment, i + 1)) + dependency(fragment, i);
            }
        }
        JsonNode rule = schemaAt(error);
        JsonNode value = error.getInstanceNode();
        return switch (error.getKeyword()) {
            case "additionalProperties" ->
                path(at, error.getProperty()) + ": unknown key (allowed: "
                        + String.join(
                                ", ", schemaParent(error).path("properties").propertyNames()) + ")";
            case "required" -> path(at, error.getProperty()) + ": missing (required" + condition(fragment) + ")";
            case "dependentRequired" ->
                path(at, missingWith(error)) + ": missing (required with " + error.getProperty() + ")";
            case "enum" -> path(at, null) + ": must be one of " + list(rule) + ", not " + value;
            case "const" -> path(at, null) + ": must be " + rule + ", not " + value;
            case "type" -> path(at, null) + ": must be " + article(rule) + ", not " + article(kind(value));
            case "oneOf", "anyOf" -> path(at, null) + ": " + choice(error.getKeyword(), rule);
            case "pattern" ->
                path(at, null) + ": " + value + " is not allowed here ("
                        + PATTERNS.getOrDefault(rule.asString(), "must match " + rule.asString()) + ")";
            case "minItems" ->
                path(at, null) + ": must list at least " + rule.asInt() + " item" + (rule.asInt() == 1 ? "" : "s");
            case "minProperties" ->
                path(at, null) + ": must name at least " + rule.asInt() + " key" + (rule.asInt() == 1 ? "" : "s");
            case "minLength" -> path(at, null) + ": must not be empty";
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                path(at, null) + ": " + value + " is out of range (" + error.getKeyword() + " " + rule + ")";
            default -> path(at, null) + ": " + error.getMessage();
        };
    }

    /** The schema node of the keyword that failed, found in the schema document by its location. */
    private static JsonNode schemaAt(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        return schemaNode(fragment, fragment.getNameCount());
    }

    /** The schema object holding the keyword that failed (its {@code properties}, {@code description}). */
    private static JsonNode schemaParent(Error error) {
        NodePath fragment = error.getSchemaLocation().getFragment();
        return schemaNode(fragment, fragment.getNameCount() - 1);
    }

    /** The node at the first {@code length} steps of a location in the schema document. */
    /**
     * What made a conditional key required: the {@code if} beside the {@code then} it comes from names one key
     * and its value ("for this format" when the key is {@code format}).
     */
    private static String condition(NodePath fragment) {
        for (int i = 0; i < fragment.getNameCount(); i++) {
            if (String.valueOf(fragment.getElement(i)).equals("then")) {
                JsonNode condition = schemaNode(fragment, i).path("if").path("properties");
                for (String key : condition.propertyNames()) {
                    JsonNode value = condition.path(key).path("const");
                    return key.equals("format") || value.isMissingNode()
                            ? " for this format"
                            : " when " + key + " is " + value.asString();
                }
            }
        }
        return "";
    }

    private static JsonNode schemaNode(NodePath fragment, int length) {
        JsonNode node = SCHEMA_TREE;
        for (int i = 0; i < length; i++) {
            Object element = fragment.getElement(i);
            node = element instanceof Integer index ? node.path(index) : node.path(element.toString());
        }
        return node;
    }

    /** The key a {@code dependentRequired} wants: the report names the key present, not the one missing. */
    private static String missingWith(Error error) {
        for (JsonNode needed : schemaAt(error).path(error.getProperty())) {
            if (!error.getInstanceNode().has(needed.asString())) {
                return needed.asString();
            }
        }
        return null;
    }

    /** " (with column)" when the choice applies only because that key is there ({@code dependentSchemas}). */
    private static String dependency(NodePath fragment, int choice) {
        boolean dependent = choice >= 2 && "dependentSchemas".equals(String.valueOf(fragment.getElement(choice - 2)));
        return dependent ? " (with " + fragment.getElement(choice - 1) + ")" : "";
    }

    /** oneOf/anyOf of {@code required} branches, said as the keys wanted: "needs one of value, numerator". */
    private static String choice(String keyword, JsonNode branches) {
        List<String> options = new ArrayList<>();
        for (JsonNode branch : branches) {
            List<String> keys = new ArrayList<>();
            branch.path("required").forEach(k -> keys.add(k.asString()));
            if (keys.isEmpty()) {
                return "does not match any allowed form";
            }
            options.add(String.join(" + ", keys));
        }
        return ("oneOf".equals(keyword) ? "needs exactly one of " : "needs one of ") + String.join(", ", options);
    }

    private static String list(JsonNode values) {
        List<String> items = new ArrayList<>();
        values.forEach(v -> items.add(v.isString() ? v.asString() : v.toString()));
        return items.stream().distinct().collect(Collectors.joining(", ", "[", "]"));
    }

    private static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "null";
        }
        if (value.isString()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : "object";
    }

    private static String article(Object type) {
        String name =
                type instanceof JsonNode node ? (node.isString() ? node.asString() : list(node)) : type.toString();
        return switch (name) {
            case "object" -> "an object";
            case "array" -> "an array (a list in [ ])";
            case "integer" -> "an integer";
            case "string", "number", "boolean", "null" -> "a " + name;
            default -> "one of " + name;
        };
    }

    private static JsonNode readSchema() {
        try (InputStream in = DescriptorSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("feed descriptor schema not found on the class path: " + RESOURCE);
            }
            return JsonMapper.shared().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
