package london.observatory.jobs.nightly;

import london.observatory.fetch.UrlMasker;
import london.observatory.jobs.failure.OneLine;

/**
 * Turns an exception into the one line an operator reads (a {@code FAILED <feed>: <why>} line and the
 * {@code runs.message} column): the first message written by us, not by a framework, on one line of at
 * most {@link OneLine#MAX} characters without control characters, since it may quote what a source sent.
 */
final class FailureMessages {

    private FailureMessages() {}

    static String oneLine(Throwable failure) {
        Throwable chosen = failure;
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!t.getClass().getName().startsWith("org.springframework.") && t.getMessage() != null) {
                chosen = t;
                break;
            }
        }
        String message = chosen.getMessage() == null ? chosen.getClass().getSimpleName() : chosen.getMessage();
        // Masked before it is cut: a URL cut inside its userinfo would no longer look like one.
        return OneLine.of(UrlMasker.mask(message));
    }
}
