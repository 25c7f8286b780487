package london.observatory.publish;

/** Publishing stopped; the live database was left as it was. The message is one line naming what failed. */
public class PublishException extends RuntimeException {

    public PublishException(String message) {
        super(message);
    }

    public PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}
