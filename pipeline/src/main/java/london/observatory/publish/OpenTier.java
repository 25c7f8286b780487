package london.observatory.publish;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import london.observatory.table.TableSchema;

/**
 * What of the Parquet tree the open database holds, what open outputs may show:
 *
 * <ul>
 *   <li>Restricted feeds that are not record-derived ({@code withheldFeeds}) are left out entirely
 *       (indicators, observations, runs, reconciliation).
 *   <li>Record-derived feeds (borough case lists, {@code recordFeeds}) keep their indicators, marked
 *       {@code protected}, but none of their observations: the release adds their protected LSOA release in
 *       place of the exact counts. Their runs keep only what says when and whether they ran (no row counts,
 *       no source location), and their reconciliation, which holds exact totals, is left out.
 *   <li>The restricted columns ({@link #RESTRICTED_COLUMNS}, the disclosure cell keys) are not in the tables.
 * </ul>
 *
 * The full database is everything: the open database plus what this leaves out ({@link DuckDbPublisher#widen}).
 */
public record OpenTier(SortedSet<String> recordFeeds, SortedSet<String> withheldFeeds) {

    /** Columns only the full database has, by table: in the published layout they come last. */
    static final Map<String, List<String>> RESTRICTED_COLUMNS = Map.of(TableSchema.OBSERVATIONS, List.of("cell_key"));

    /** What the runs of a record-derived feed do not say in the open database: counts and where the data was. */
    static final List<String> CLEARED_RUN_COLUMNS =
            List.of("rows_read", "rows_written", "rows_quarantined", "source_url", "message", "raw_path", "sha256");

    /** The tables whose open rows are not simply their own rows of the open feeds. */
    static final List<String> REWRITTEN = List.of(TableSchema.INDICATORS, TableSchema.RUNS, TableSchema.RECONCILIATION);

    public OpenTier(Set<String> recordFeeds, Set<String> withheldFeeds) {
        this(new TreeSet<>(recordFeeds), new TreeSet<>(withheldFeeds));
    }

    public OpenTier {
        recordFeeds = new TreeSet<>(recordFeeds);
        withheldFeeds = new TreeSet<>(withheldFeeds);
    }

    static boolean restricted(String table, String column) {
        return RESTRICTED_COLUMNS.getOrDefault(table, List.of()).contains(column);
    }

    /** Whether the open database may hold null in a column the full one does not ({@link #CLEARED_RUN_COLUMNS}). */
    static boolean cleared(String table, String column) {
        return table.equals(TableSchema.RUNS) && CLEARED_RUN_COLUMNS.contains(column);
    }

    /** The feeds whose observations only the full database has: record-derived and withheld. */
    SortedSet<String> closedFeeds() {
        SortedSet<String> closed = new TreeSet<>(recordFeeds);
        closed.addAll(withheldFeeds);
        return closed;
    }

    /** The open rows of {@code table} from {@code source}, a relation with every column of the table. */
    String rows(String table, String source) {
        String notWithheld = " WHERE NOT " + contains(withheldFeeds);
        return switch (table) {
            case TableSchema.OBSERVATIONS -> "SELECT * FROM " + source + " WHERE NOT " + contains(closedFeeds());
            case TableSchema.INDICATORS ->
                "SELECT * REPLACE (CASE WHEN " + contains(recordFeeds)
                        + " THEN 'protected' ELSE access_tier END AS access_tier) FROM " + source + notWithheld;
            case TableSchema.RUNS ->
                "SELECT * REPLACE ("
                        + CLEARED_RUN_COLUMNS.stream()
                                .map(column -> "CASE WHEN " + contains(recordFeeds) + " THEN NULL ELSE " + column
                                        + " END AS " + column)
                                .collect(Collectors.joining(", "))
                        + ") FROM " + source + notWithheld;
            case TableSchema.RECONCILIATION -> "SELECT * FROM " + source + " WHERE NOT " + contains(closedFeeds());
            default -> "SELECT * FROM " + source;
        };
    }

    /**
     * Whether a row's {@code feed} is one of {@code feeds}. Feed ids are checked by the descriptor schema
     * (letters, digits, '-'); quoted all the same. A list, so that no feeds is still valid SQL.
     */
    static String contains(Set<String> feeds) {
        return "list_contains(" + feedList(feeds) + ", feed)";
    }

    public static String feedList(Set<String> feeds) {
        return feeds.stream().map(Sql::literal).collect(Collectors.joining(", ", "[", "]::VARCHAR[]"));
    }
}
