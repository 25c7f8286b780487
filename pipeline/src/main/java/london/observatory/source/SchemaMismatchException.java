package london.observatory.source;

/** A source file whose columns are not the ones its feed descriptor requires. Fails the feed. */
public final class SchemaMismatchException extends RuntimeException {
    public SchemaMismatchException(String message) {
        super(message);
    }
}
