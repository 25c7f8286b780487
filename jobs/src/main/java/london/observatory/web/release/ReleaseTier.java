package london.observatory.web.release;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * What one database of a release answers from: the open database for everyone, the full one for callers allowed
 * restricted figures. Open responses are built from the open file alone, so a restricted value cannot reach them
 * through a mistake in a filter: it is not in the file.
 */
public final class ReleaseTier implements AutoCloseable {

    private final boolean restricted;
    private final ReleaseDatabase database;
    private final IndicatorCatalogue catalogue;
    private final LatestFigures figures;

    private ReleaseTier(
            boolean restricted, ReleaseDatabase database, IndicatorCatalogue catalogue, LatestFigures figures) {
        this.restricted = restricted;
        this.database = database;
        this.catalogue = catalogue;
        this.figures = figures;
    }

    static ReleaseTier open(boolean restricted, ReleaseDatabase database) throws SQLException {
        try (Connection c = database.connection()) {
            return new ReleaseTier(restricted, database, IndicatorCatalogue.load(c), LatestFigures.load(c));
        } catch (SQLException | RuntimeException e) {
            database.close();
            throw e;
        }
    }

    /** True for the full database (exact record-derived counts and restricted indicators). */
    public boolean restricted() {
        return restricted;
    }

    public ReleaseDatabase database() {
        return database;
    }

    public IndicatorCatalogue catalogue() {
        return catalogue;
    }

    public LatestFigures figures() {
        return figures;
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
