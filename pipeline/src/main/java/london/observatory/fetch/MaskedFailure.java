package london.observatory.fetch;

/**
 * A failure whose messages, its causes' included, have passed through a {@link UrlMasker}: what a feed's step
 * throws on, so the framework's own log line and stack trace, the {@code FAILED} line and {@code runs.message}
 * cannot quote a credential that a library put in an exception message. It prints as the exception it stands
 * for ({@code java.io.IOException: GET https://***@host/...}), with that exception's stack trace.
 */
public final class MaskedFailure extends RuntimeException {

    private final String original;

    private MaskedFailure(Throwable failure, String message, Throwable cause) {
        super(message, cause, false, true);
        this.original = failure.getClass().getName();
        setStackTrace(failure.getStackTrace());
    }

    /**
     * {@code failure} itself when no message in its chain holds anything to mask (so its type is kept), else a
     * copy of the chain with every message masked.
     */
    public static RuntimeException of(RuntimeException failure, UrlMasker masker) {
        return needsMasking(failure, masker) ? copy(failure, masker) : failure;
    }

    private static boolean needsMasking(Throwable failure, UrlMasker masker) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String message = t.getMessage();
            if (message != null && !message.equals(masker.hide(message))) {
                return true;
            }
        }
        return false;
    }

    private static MaskedFailure copy(Throwable failure, UrlMasker masker) {
        Throwable cause =
                failure.getCause() == null || failure.getCause() == failure ? null : copy(failure.getCause(), masker);
        MaskedFailure copy = new MaskedFailure(failure, masker.hide(failure.getMessage()), cause);
        for (Throwable suppressed : failure.getSuppressed()) {
            copy.addSuppressed(copy(suppressed, masker));
        }
        return copy;
    }

    /** The name of the exception this one stands for. */
    public String originalType() {
        return original;
    }

    @Override
    public String toString() {
        String message = getLocalizedMessage();
        return message == null ? original : original + ": " + message;
    }
}
