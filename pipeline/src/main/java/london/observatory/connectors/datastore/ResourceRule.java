package london.observatory.connectors.datastore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

/**
 * Which resource of a Datastore dataset a feed reads, as its descriptor states it: every condition
 * given must hold. A dataset gains a resource each year, so a rule usually says {@code newest} rather
 * than naming one.
 *
 * @param format   the resource's {@code format}, ignoring case ({@code csv}, {@code xlsx}); null: any
 * @param title    a regular expression found in the title ({@code (?i)borough}); null: any
 * @param filename a regular expression found in the URL's last segment ({@code \.csv$}); null: any
 * @param newest   of several matches take the newest: latest {@code check_timestamp}, then latest
 *                 {@code temporal_coverage_to}, then highest {@code order}. Without it, several
 *                 matches are an error: the rule must say which.
 */
public record ResourceRule(String format, String title, String filename, boolean newest) {

    private static final Comparator<DatastoreResource> AGE = Comparator.comparing(
                    DatastoreResource::checkedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DatastoreResource::coverageTo, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DatastoreResource::order, Comparator.nullsFirst(Comparator.naturalOrder()));

    public ResourceRule {
        compile("title", title);
        compile("filename", filename);
    }

    /** The newest resource in {@code format}. */
    public static ResourceRule newest(String format) {
        return new ResourceRule(format, null, null, true);
    }

    /**
     * The resource this rule picks from {@code dataset}.
     *
     * @throws IllegalArgumentException listing every resource seen, when none or (without {@code newest})
     *                                  several match
     */
    public DatastoreResource choose(DatastoreDataset dataset) {
        List<DatastoreResource> matches = new ArrayList<>();
        for (DatastoreResource resource : dataset.resources()) {
            if (matches(resource)) {
                matches.add(resource);
            }
        }
        if (matches.isEmpty()) {
            throw new IllegalArgumentException(
                    "no resource matches " + this + "; resources seen: " + seen(dataset.resources()));
        }
        if (matches.size() > 1 && !newest) {
            throw new IllegalArgumentException(matches.size() + " resources match " + this
                    + " and the rule does not say newest; matching: " + seen(matches));
        }
        return matches.stream().reduce(BinaryOperator.maxBy(AGE)).orElseThrow();
    }

    boolean matches(DatastoreResource resource) {
        return (format == null || format.equalsIgnoreCase(resource.format()))
                && found(title, resource.title())
                && found(filename, resource.filename());
    }

    private static boolean found(String regex, String text) {
        return regex == null
                || text != null && Pattern.compile(regex).matcher(text).find();
    }

    private static String seen(List<DatastoreResource> resources) {
        return resources.isEmpty()
                ? "none"
                : resources.stream().map(DatastoreResource::describe).collect(Collectors.joining("; "));
    }

    private static void compile(String field, String regex) {
        if (regex != null) {
            try {
                Pattern.compile(regex);
            } catch (PatternSyntaxException e) {
                throw new IllegalArgumentException(
                        "resource rule " + field + " is not a regular expression: " + regex, e);
            }
        }
    }

    /** {@code format=csv, title~/2023/, newest}. */
    @Override
    public String toString() {
        List<String> parts = new ArrayList<>();
        if (format != null) {
            parts.add("format=" + format);
        }
        if (title != null) {
            parts.add("title~/" + title + "/");
        }
        if (filename != null) {
            parts.add("filename~/" + filename + "/");
        }
        if (newest) {
            parts.add("newest");
        }
        return parts.isEmpty() ? "any resource" : String.join(", ", parts);
    }
}
