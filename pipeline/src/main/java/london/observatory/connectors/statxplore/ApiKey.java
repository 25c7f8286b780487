package london.observatory.connectors.statxplore;

import java.util.function.Function;
import london.observatory.fetch.FetchException;

/**
 * The Stat-Xplore API key, read from the environment only when a live request needs it (recorded
 * responses run without one). Only the variable's name ever reaches a message; {@link #redact}
 * scrubs the value from any text we did not write ourselves, such as a transport error.
 */
final class ApiKey {

    private final String variable;
    private final Function<String, String> environment;
    private String value;

    ApiKey(String variable, Function<String, String> environment) {
        this.variable = variable;
        this.environment = environment;
    }

    /**
     * The key as shown on the Stat-Xplore Account page. Surrounding whitespace is dropped: a key has
     * none, and a trailing newline from a secrets file would make the header invalid.
     */
    String value() {
        if (value == null) {
            String found = environment.apply(variable);
            if (found == null || found.isBlank()) {
                throw new FetchException("stat-xplore: no API key: environment variable " + variable
                        + " is not set (the key is on the Stat-Xplore Account page)");
            }
            value = found.strip();
        }
        return value;
    }

    String redact(String text) {
        return value == null || text == null ? text : text.replace(value, "***");
    }

    @Override
    public String toString() {
        return "API key from $" + variable;
    }
}
