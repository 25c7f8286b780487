package london.observatory.jobs.progress;

import java.util.Locale;

/** What a feed (or the release) is doing, as its progress line says it. */
public enum Phase {
    FETCHING,
    INGESTING,
    COMMITTING,
    PUBLISHING;

    String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
