package london.observatory.fetch;

/**
 * A feed could not be fetched. The message is one line an operator can act on: the feed, the
 * (masked) URL, what went wrong and whether it was retried.
 */
public class FetchException extends RuntimeException {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
