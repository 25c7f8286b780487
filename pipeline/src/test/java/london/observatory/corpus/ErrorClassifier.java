package london.observatory.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import london.observatory.fetch.FetchException;
import london.observatory.source.SchemaMismatchException;

/**
 * Tells a clear error from a crash. A clear error is an exception of a kind the readers throw on purpose
 * (an I/O failure, a rejected input, a schema mismatch, an argument or state the reader refuses) whose
 * message is what the run prints after {@code FAILED}: one line, no control characters, at most 1,000
 * characters, naming the file (or the feed, whose landed page the file became) and quoting no exception's
 * class name (a pasted {@code toString()}). Anything else is a crash:
 * an error of the JVM (out of memory, stack overflow), a programming fault (a null, an index, a cast, a number
 * that would not parse, thrown as it was) or a message that is missing, multi-line or megabytes long.
 */
final class ErrorClassifier {

    static final int MAX_MESSAGE_CHARS = 1_000;

    /** Exception types that escape a reader by accident: never a clear error, whatever their message. */
    private static final List<Class<? extends Throwable>> FAULTS = List.of(
            NullPointerException.class,
            IndexOutOfBoundsException.class,
            ClassCastException.class,
            NumberFormatException.class,
            ArithmeticException.class,
            java.util.NoSuchElementException.class,
            UnsupportedOperationException.class,
            java.util.ConcurrentModificationException.class,
            java.time.DateTimeException.class);

    private static final List<Class<? extends Throwable>> CLEAR = List.of(
            IOException.class,
            UncheckedIOException.class,
            IllegalArgumentException.class,
            IllegalStateException.class,
            SchemaMismatchException.class,
            FetchException.class);

    private static final java.util.regex.Pattern LEAKED_CLASS =
            java.util.regex.Pattern.compile("\\b[a-z]+(\\.[a-z0-9_]+)+\\.[A-Z]\\w*(Exception|Error)\\b");

    private ErrorClassifier() {}

    /** Null when {@code failure} is a clear error for {@code input}; otherwise why it is a crash. */
    static String crashReason(Throwable failure, CorpusInput input, String feedId) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof Error) {
                return t.getClass().getSimpleName() + " (a JVM error) in the chain";
            }
        }
        // Nomis's own refusal (an error page where data should be) is package-private: known by name
        boolean clearType = CLEAR.stream().anyMatch(c -> c.isInstance(failure))
                || failure.getClass().getSimpleName().equals("NomisResponseException");
        if (FAULTS.stream().anyMatch(f -> f.isInstance(failure)) || !clearType) {
            return failure.getClass().getName() + ": " + failure.getMessage();
        }
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getName() + " without a message";
        }
        if (message.length() > MAX_MESSAGE_CHARS) {
            return "a message of " + message.length() + " characters";
        }
        if (message.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            return "a message with control characters: " + message.replaceAll("\\p{Cntrl}", "\\\\x");
        }
        if (LEAKED_CLASS.matcher(message).find()) {
            // an exception's toString() pasted into a message: what the operator reads is a class name
            return "a message quoting an exception's class: " + message;
        }
        if (!message.contains(input.fileName())
                && !message.contains("page-")
                && (feedId == null || !message.contains(feedId))) {
            return "a message that names neither the file nor the feed: " + message;
        }
        return null;
    }
}
