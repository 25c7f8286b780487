package london.observatory.descriptor;

/**
 * A feed's {@code dataTests} block: how far a period's rows and distinct areas may fall, as shares of the last
 * good data of the same period, before a run's new data are refused as a cut or broken file (a source that
 * truncates a file at a row boundary still parses cleanly). Left out, the defaults hold. A source whose periods
 * legitimately shrink (a case list of open cases, say) sets {@code dropsAreNormal} and says why.
 */
public record DataTests(Double maxRowDrop, Double maxAreaDrop, Boolean dropsAreNormal, String reason) {

    /** A period may lose up to 5% of its rows: revisions move values; they seldom remove rows. */
    public static final double DEFAULT_MAX_ROW_DROP = 0.05;
    /** A period may lose up to 2% of its areas: one borough of 33 is 3%, so a missing borough fails. */
    public static final double DEFAULT_MAX_AREA_DROP = 0.02;
    /** What a feed gets when its descriptor has no {@code dataTests} block. */
    public static final DataTests DEFAULT = new DataTests(null, null, null, null);

    public DataTests {
        dropsAreNormal = Boolean.TRUE.equals(dropsAreNormal);
        if (dropsAreNormal && (maxRowDrop != null || maxAreaDrop != null)) {
            throw new IllegalArgumentException("dataTests: dropsAreNormal turns the drop tests off, so "
                    + "maxRowDrop and maxAreaDrop cannot be set beside it");
        }
        if (dropsAreNormal && (reason == null || reason.isBlank())) {
            throw new IllegalArgumentException("dataTests: dropsAreNormal must give its reason");
        }
        maxRowDrop = share("maxRowDrop", maxRowDrop, DEFAULT_MAX_ROW_DROP);
        maxAreaDrop = share("maxAreaDrop", maxAreaDrop, DEFAULT_MAX_AREA_DROP);
    }

    private static double share(String name, Double value, double fallback) {
        if (value == null) {
            return fallback;
        }
        if (value < 0 || value > 1 || value.isNaN()) {
            throw new IllegalArgumentException("dataTests: " + name + " must be a share from 0 to 1, not " + value);
        }
        return value;
    }

    /** Whether a run's periods are compared with the last good data at all. */
    public boolean testsDrops() {
        return !dropsAreNormal;
    }
}
