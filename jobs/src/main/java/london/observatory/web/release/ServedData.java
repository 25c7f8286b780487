package london.observatory.web.release;

import jakarta.servlet.http.HttpServletRequest;

/**
 * What one request reads: the release it was given when it arrived (it keeps it to the end, whatever is published
 * meanwhile) and the database its caller may read, open or full.
 */
public record ServedData(ServedRelease release, ReleaseTier tier) {

    static final String ATTRIBUTE = ServedData.class.getName();

    /** The request's data, set by {@link ReleaseFilter}; null when no release has been published. */
    public static ServedData of(HttpServletRequest request) {
        return (ServedData) request.getAttribute(ATTRIBUTE);
    }
}
