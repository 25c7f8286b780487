package london.observatory.jobs.read;

/** Nothing to read yet: no release has been published in the data directory (exit 66, no input). */
final class NoReleaseException extends RuntimeException {

    NoReleaseException(String message) {
        super(message);
    }
}
