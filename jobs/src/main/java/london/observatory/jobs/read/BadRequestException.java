package london.observatory.jobs.read;

/** A request the command cannot serve as asked: one line, exit 64, nothing written. */
final class BadRequestException extends RuntimeException {

    BadRequestException(String message) {
        super(message);
    }
}
