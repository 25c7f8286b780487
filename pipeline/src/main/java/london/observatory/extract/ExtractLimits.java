package london.observatory.extract;

/**
 * What one extract may ask for. The bound on areas keeps a request's cost predictable for a public service
 * (a whole borough's LSOAs is about 200; a service footprint rarely more than a few hundred).
 *
 * @param maxAreas the most distinct area codes one request may list
 */
public record ExtractLimits(int maxAreas) {

    public static final int DEFAULT_MAX_AREAS = 1_000;
    public static final ExtractLimits DEFAULT = new ExtractLimits(DEFAULT_MAX_AREAS);

    public ExtractLimits {
        if (maxAreas < 1) {
            throw new IllegalArgumentException("maxAreas must be at least 1, not " + maxAreas);
        }
    }
}
