package london.observatory.jobs.nightly;

/** Turns an exception into the one line an operator reads: the first message written by us, not by a framework. */
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
        return message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
