package london.observatory.fetch;

/**
 * Told of the bytes of a response body as they are written to disk, a buffer at a time, so a long fetch can show
 * how far it has got. Called on the fetching thread for every buffer: it must be cheap (an atomic add).
 */
@FunctionalInterface
public interface LandingListener {

    void landed(long bytes);
}
