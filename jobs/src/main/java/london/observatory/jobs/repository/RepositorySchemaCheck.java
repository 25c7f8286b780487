package london.observatory.jobs.repository;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import london.observatory.jobs.failure.ConfigurationException;

/**
 * Checks that the job repository has every table of Spring Batch's schema, by reading each as the run would. A
 * table that is not there is the operator's missing step (exit 78, naming the command that creates them); a
 * table the run may not read (no grant) is a setting too.
 */
final class RepositorySchemaCheck {

    /**
     * "undefined table": PostgreSQL's own code and the standard one H2 uses, and H2's when the database has no
     * table at all.
     */
    private static final Set<String> UNDEFINED_TABLE = Set.of("42P01", "42S02", "42S04");

    private final DataSource dataSource;
    private final String tablePrefix;

    RepositorySchemaCheck(DataSource dataSource, String tablePrefix) {
        this.dataSource = dataSource;
        this.tablePrefix = tablePrefix;
    }

    /**
     * Fails when a table is missing: the operator's step (exit 78, naming the command that creates them), or
     * when one cannot be read.
     */
    void verify() {
        Missing found = missing();
        if (!found.tables().isEmpty()) {
            throw new ConfigurationException(
                    "job repository " + found.url() + ": Spring Batch's tables are missing ("
                            + String.join(", ", found.tables()) + "); create them once with "
                            + RepositorySchema.APPLY + " (see the README, Production job repository)",
                    null);
        }
    }

    /** The repository's URL without its parameters, and the tables it lacks. */
    record Missing(String url, List<String> tables) {}

    Missing missing() {
        List<String> missing = new ArrayList<>();
        String url;
        try (Connection connection = dataSource.getConnection()) {
            url = withoutParameters(connection.getMetaData().getURL());
            for (String table : RepositorySchema.tables()) {
                String name = tablePrefix + table.substring("BATCH_".length());
                try (Statement read = connection.createStatement()) {
                    read.executeQuery("SELECT COUNT(*) FROM " + name + " WHERE 1 = 0")
                            .close();
                } catch (SQLException e) {
                    if (!UNDEFINED_TABLE.contains(e.getSQLState())) {
                        throw new ConfigurationException(
                                "job repository " + url + ": cannot read " + name + " (" + e.getMessage()
                                        + "); grant the user the Spring Batch tables",
                                e);
                    }
                    missing.add(name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot open the job repository: " + e.getMessage(), e);
        }
        return new Missing(url, missing);
    }

    /** A JDBC URL's parameters may carry a password: never print them. */
    private static String withoutParameters(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }
}
