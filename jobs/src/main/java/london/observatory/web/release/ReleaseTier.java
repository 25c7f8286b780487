package london.observatory.web.release;

import java.sql.Connection;
import java.sql.SQLException;
import london.observatory.extract.ExtractLimits;
import london.observatory.extract.ExtractSource;
import london.observatory.extract.Extractor;
import london.observatory.jobs.read.DisclosureRules;

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
    private final Extractor extractor;

    private ReleaseTier(
            boolean restricted,
            ReleaseDatabase database,
            IndicatorCatalogue catalogue,
            LatestFigures figures,
            Extractor extractor) {
        this.restricted = restricted;
        this.database = database;
        this.catalogue = catalogue;
        this.figures = figures;
        this.extractor = extractor;
    }

    static ReleaseTier open(String releaseId, boolean restricted, ReleaseDatabase database) throws SQLException {
        Extractor extractor = new Extractor(
                new ExtractSource(database.file(), releaseId, restricted ? DisclosureRules.FULL : DisclosureRules.OPEN),
                ExtractLimits.DEFAULT);
        try (Connection c = database.connection()) {
            return new ReleaseTier(restricted, database, IndicatorCatalogue.load(c), LatestFigures.load(c), extractor);
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

    /** This database's extracts engine, one for the release's life, so what every extract reads alike is read once. */
    public Extractor extractor() {
        return extractor;
    }

    @Override
    public void close() throws SQLException {
        database.close();
    }
}
