package london.observatory.release;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import london.observatory.disclosure.DisclosureControl;
import london.observatory.publish.OpenTier;
import london.observatory.publish.PublishException;

/**
 * Completes {@code observatory-open.duckdb}, what open outputs may show. The publisher builds it from the
 * Parquet tree with only what the {@link OpenTier} lets through, so nothing closed is ever written to the file
 * (not even to space freed later); this adds the protected LSOA release of each record-derived count
 * ({@link ProtectedCounts}), computed from the exact counts and cell keys of the full database of the same
 * release, and the rates derived from record-derived counts ({@link DerivedRates}) to both. The views, already
 * in the files, roll those up like any other count: sums of protected LSOA values.
 */
final class OpenDatabase {

    private final DisclosureControl disclosure;

    OpenDatabase(DisclosureControl disclosure) {
        this.disclosure = disclosure;
    }

    /**
     * Adds the protected counts of {@code recordFeeds} to {@code open}, reading {@code full}, then the derived
     * {@code rates} to each: exact in the full database, from the protected counts in the open one. Returns how
     * many rate rows the full database gained.
     */
    long complete(Path full, Path open, Set<String> recordFeeds, DerivedRates rates) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("ATTACH " + literal(full) + " AS full_db");
            s.execute("ATTACH " + literal(open) + " AS open_db");
            s.execute(
                    "CREATE TEMP TABLE record_feeds AS SELECT unnest(" + OpenTier.feedList(recordFeeds) + ") AS feed");
            new ProtectedCounts(disclosure).insert(c); // before the rates: it reads every row of these feeds
            long added = rates.insert(c, "full_db");
            rates.insert(c, "open_db");
            s.execute("DETACH open_db");
            s.execute("DETACH full_db");
            return added;
        } catch (SQLException e) {
            throw new PublishException(
                    "adding the protected counts and rates failed: "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse(""),
                    e);
        }
    }

    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
